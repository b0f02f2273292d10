package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "谢尔曼将在天津会见…谢峰，他们将讨论美国国务卿布林肯和中国外交部长王毅会晤的可能性": the persons a later clause
 * names around a contact trigger of its own belong to that other contact, not to the one before it, unless the
 * sentence names them up to the end of the trigger's own clause, or they open that later clause as its subject.
 * Stateless.
 */
final class OtherContactsPersons {

    private OtherContactsPersons() {
    }

    /** Drops the persons named only in a later clause that holds another contact trigger. */
    static void dropFrom(Actors actors, Sentence sentence, TriggerMatch match, List<TriggerMatch> sentenceTriggers) {
        if (!match.trigger().type().conversation()) {
            return;
        }
        String s = sentence.text();
        int ownFrom = Clauses.start(s, match.start());
        int ownTo = Clauses.end(s, match.end());
        // Who is named up to the end of the trigger's clause may take part, whatever else they do later.
        Set<String> ownNames = namesIn(sentence, 0, ownTo);
        for (TriggerMatch other : sentenceTriggers) {
            if (other == match || !other.trigger().type().conversation() || other.start() <= ownTo) {
                continue;
            }
            int otherFrom = Clauses.start(s, other.start());
            Set<String> othersNames = namesIn(sentence, otherFrom, Clauses.end(s, other.end()));
            othersNames.removeAll(ownNames);
            // The subject opening that clause ("…通电话时，拜登提出了…会晤的建议") may be the one who acted before.
            subject(sentence, otherFrom).ifPresent(othersNames::remove);
            actors.persons().keySet().removeAll(othersNames);
        }
    }

    /** The person a clause opens with, after nothing but other names (美国总统拜登). */
    private static Optional<String> subject(Sentence sentence, int clauseFrom) {
        int from = sentence.start() + clauseFrom;
        int at = from;
        // A sentence's mentions are in text order.
        for (Mention m : sentence.mentions()) {
            if (m.start() < from) {
                continue;
            }
            if (m.start() != at) {
                return Optional.empty();
            }
            if (m.kind() == Mention.Kind.PERSON) {
                return Optional.of(m.key());
            }
            at = m.end();
        }
        return Optional.empty();
    }

    private static Set<String> namesIn(Sentence sentence, int from, int to) {
        return sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON
                        && m.start() - sentence.start() >= from && m.end() - sentence.start() <= to)
                .map(Mention::key).collect(Collectors.toSet());
    }
}
