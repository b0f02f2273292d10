package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "两国元首共同签署了《…关于深化新时代全面战略协作伙伴关系的联合声明》和《…经济合作重点方向发展规划的联合声明》":
 * statements listed by their titles are documents of their own, one event each (GUIDELINES: one row per
 * distinct event), though they share sides and day. Each title's trigger makes a candidate with an evidence of
 * its own, and those stay apart. Stateless.
 */
final class ListedStatements {

    /** A statement's title: 《…联合声明》, 《…公报》. */
    private static final Pattern TITLE = Pattern.compile("《[^《》]{2,120}?(?:声明|公报)》");

    private ListedStatements() {
    }

    /** Whether two statements are different documents one sentence lists by title. */
    static boolean apart(DiplomaticEvent a, DiplomaticEvent b) {
        return a.type() == EventType.STATEMENT && b.type() == EventType.STATEMENT
                && CountedActs.apart(a, b, sentence -> titles(sentence) > 1);
    }

    private static int titles(String sentence) {
        Matcher m = TITLE.matcher(sentence);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
