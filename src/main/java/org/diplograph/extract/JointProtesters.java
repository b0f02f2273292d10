package org.diplograph.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "委古两国谴责美借人权问题干涉他国内政": a pair of countries that protests together stands on one side; a
 * protest between just the two of them is none, whoever it is aimed at. Stateless.
 */
final class JointProtesters {

    /** From the pair to the trigger: "两国", "双方均". */
    private static final Pattern TO_TRIGGER = Pattern.compile("(?:两国|双方)[^，。；、]{0,4}");

    private JointProtesters() {
    }

    /** Whether a protest's only sides are the pair that voices it together. */
    static boolean only(Actors actors, EventType type, Sentence sentence, TriggerMatch match) {
        if (type != EventType.PROTEST || actors.countries().isEmpty()) {
            return false;
        }
        int triggerStart = sentence.start() + match.start();
        String text = sentence.text();
        Set<String> pair = new HashSet<>();
        int end = -1;
        for (Mention m : sentence.mentions()) {
            if (m.kind() != Mention.Kind.COUNTRY || m.form() != Mention.Form.ABBREVIATION || m.end() > triggerStart) {
                continue;
            }
            if (m.start() != end) {
                pair.clear();
            }
            pair.add(m.key());
            end = m.end();
            if (pair.size() >= 2 && TO_TRIGGER.matcher(text.substring(end - sentence.start(), match.start())).matches()) {
                return pair.containsAll(actors.countries()) && actors.organizations().isEmpty();
            }
        }
        return false;
    }
}
