package org.diplograph.extract;

import org.diplograph.nlp.Sentence;

/**
 * "委古两国谴责美借人权问题干涉他国内政": a pair of countries that protests together stands on one side; a
 * protest between just the two of them is none, whoever it is aimed at. Stateless.
 */
final class JointProtesters {

    private JointProtesters() {
    }

    /** Whether a protest's only sides are the pair that voices it together. */
    static boolean only(Actors actors, EventType type, String text, Sentence sentence, TriggerMatch match) {
        if (type != EventType.PROTEST || actors.countries().isEmpty()) {
            return false;
        }
        return PairSubject.named(text, sentence, sentence.start() + match.start())
                .filter(pair -> pair.containsAll(actors.countries()) && actors.organizations().isEmpty())
                .isPresent();
    }
}
