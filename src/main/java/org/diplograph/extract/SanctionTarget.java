package org.diplograph.extract;

import java.util.Optional;
import org.diplograph.nlp.Mention;

/**
 * The persons a sanction targets are what it acts on, not who speaks for it: a sentence that names one of
 * them later ("曾经担任西藏党委书记的陈全国如何命令官员…") tells the person's record, not the sanction's
 * report. Stateless.
 */
final class SanctionTarget {

    private SanctionTarget() {
    }

    /** Whether {@code person} is a participant of {@code contact} only as the target of its sanction. */
    static boolean named(Candidate contact, Mention person) {
        if (contact.type() != EventType.SANCTION || contact.issuer().isEmpty()) {
            return false;
        }
        Optional<String> country = Optional.ofNullable(contact.actors().persons().get(person.key()))
                .flatMap(Participant::country);
        return country.isPresent() && !country.equals(contact.issuer());
    }
}
