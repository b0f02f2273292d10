package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "召开安理会五大常任理事国高峰会": the five permanent members of the Security Council are a closed set the
 * text names by their number, so a summit of them has all five as its sides; it meets within the UN where
 * the sentence names the UN as well. Stateless.
 */
final class FivePermanentMembers {

    /** The number right before 常任理事国: "五大", "5个", "五个". */
    private static final Pattern ALL_FIVE = Pattern.compile("(?:五|5)(?:大|个)?$");

    private FivePermanentMembers() {
    }

    /** Adds the five permanent members (and the UN it names) to a summit of the Security Council's five. */
    static void addTo(Actors actors, EventType type, Sentence sentence, TriggerMatch match) {
        if (type != EventType.SUMMIT) {
            return;
        }
        String s = sentence.text();
        int clauseStart = sentence.start() + Clauses.start(s, match.start());
        int triggerAt = sentence.start() + match.start();
        boolean allFive = sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION
                && m.key().equals("UNSC") && m.start() >= clauseStart && m.end() <= triggerAt
                && ALL_FIVE.matcher(s.substring(0, m.start() - sentence.start())).find());
        if (!allFive) {
            return;
        }
        actors.countries().addAll(GroupingMembers.of("UNSC_PERMANENT"));
        actors.organizations().add("UNSC");
        if (sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION && m.key().equals("UN"))) {
            actors.organizations().add("UN");
        }
    }
}
