package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * Protests lodged one by one: "对两项南海情势，菲国外交部今天分别向北京提出外交抗议" is two protests, "…分别向
 * 捷驻华使馆、外交部提出严正交涉" two démarches, though between the same two sides on one day. Each is an act
 * of its own (GUIDELINES: several contacts are several rows). Stateless.
 */
final class SeveralDemarches {

    /** 分别 before the protest lodged, with whom it was lodged with between them. */
    private static final Pattern ONE_BY_ONE = Pattern.compile(
            "分别[^。；]{0,12}?向([^，。；]{1,30}?)(?:提出|表达|表示|递交)[^，。；]{0,4}?(?:交涉|抗议|不满)");
    /** "对两项南海情势", "就三起事件": the matters counted, one protest each. */
    private static final Pattern COUNTED_MATTERS = Pattern.compile("(两|二|三|四)(?:项|起|件)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("、");

    private SeveralDemarches() {
    }

    /**
     * Each protest between two sides once per démarche its sentence counts (the addressees listed, or the
     * matters counted before 分别); every other candidate as it is.
     */
    static List<Candidate> split(List<Candidate> candidates, Sentence sentence) {
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : candidates) {
            result.addAll(c.type() == EventType.PROTEST && c.actorSet().size() == 2
                    ? CountedActs.times(c, count(sentence.text())) : List.of(c));
        }
        return result;
    }

    /**
     * Whether two protests are different démarches of one sentence that tells them one by one.
     */
    static boolean apart(DiplomaticEvent a, DiplomaticEvent b) {
        return a.type() == EventType.PROTEST && b.type() == EventType.PROTEST
                && CountedActs.apart(a, b, sentence -> count(sentence) > 1);
    }

    /** How many démarches the sentence tells, 1 unless it says they were lodged one by one. */
    static int count(String sentence) {
        Matcher m = ONE_BY_ONE.matcher(sentence);
        if (!m.find()) {
            return 1;
        }
        int addressees = LIST_SEPARATOR.split(m.group(1), -1).length;
        if (addressees >= 2) {
            return addressees;
        }
        Matcher counted = COUNTED_MATTERS.matcher(sentence.substring(0, m.start()));
        if (!counted.find()) {
            return 1;
        }
        return switch (counted.group(1)) {
            case "三" -> 3;
            case "四" -> 4;
            default -> 2;
        };
    }
}
