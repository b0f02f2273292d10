package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "台湾与贝里斯去年建交30周年，…，展开洽签ECA相关咨商工作": a date in another clause that marks the anniversary
 * of diplomatic relations (去年建交30周年, 今年恰逢两国建交50周年) dates the anniversary, not the act the sentence
 * goes on to report. Stateless.
 */
final class AnniversaryDate {

    private static final Pattern ANNIVERSARY = Pattern.compile("\\A(?:是|恰逢|适逢|正值)?[^，。；]{0,6}?建交[^，。；]{0,6}?周年");

    private AnniversaryDate() {
    }

    /** Whether the date, outside the trigger's clause, marks an anniversary of relations. */
    static boolean dates(String text, Sentence sentence, DateMention date, int triggerAt) {
        String s = sentence.text();
        int at = date.start() - sentence.start();
        int trigger = triggerAt - sentence.start();
        return at >= 0 && Clauses.start(s, at) != Clauses.start(s, trigger)
                && ANNIVERSARY.matcher(text).region(date.end(), sentence.end()).lookingAt();
    }
}
