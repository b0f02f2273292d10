package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * Encounters counted by their verb: "2025年，习近平主席和迪亚斯-卡内尔主席两度会晤" is two meetings, "三次会晤"
 * three, between the same sides in one period. Each is an event of its own (GUIDELINES: several contacts are
 * several rows), though the sentence tells them by one trigger. Stateless.
 */
final class CountedEncounters {

    /** The count right before the verb: 两度, 两次, 二度, 三次 (larger counts sum up a long history). */
    private static final Pattern COUNT = Pattern.compile("([两二三])[度次]$");
    private static final Pattern COUNTED_VERB = Pattern.compile("[两二三][度次](?:会晤|会见|会面|见面|会谈|通话|通电话)");

    private CountedEncounters() {
    }

    /** Each encounter between two sides once per time its trigger counts; every other candidate as it is. */
    static List<Candidate> split(List<Candidate> candidates, Sentence sentence, TriggerMatch match) {
        Matcher counted = COUNT.matcher(sentence.text().substring(0, match.start()));
        int count = counted.find() ? (counted.group(1).equals("三") ? 3 : 2) : 1;
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : candidates) {
            result.addAll(c.type().conversation() && c.actorSet().size() == 2
                    ? CountedActs.times(c, count) : List.of(c));
        }
        return result;
    }

    /** Whether two encounters are different ones that a sentence counts. */
    static boolean apart(DiplomaticEvent a, DiplomaticEvent b) {
        return a.type().conversation() && b.type().conversation()
                && CountedActs.apart(a, b, sentence -> COUNTED_VERB.matcher(sentence).find());
    }
}
