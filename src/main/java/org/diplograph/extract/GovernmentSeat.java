package org.diplograph.extract;

import java.util.Optional;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "墨国总统罗培兹欧布拉多今天抵达白宫与川普举行会谈": arriving at a body that stands for one state (白宫,
 * 克里姆林宫, 唐宁街) is going to that state; a visitor of another state visits it. Stateless.
 */
final class GovernmentSeat {

    /** How many characters may stand between the verb and the body (抵达了, 前往美国的). */
    private static final int OBJECT_GAP = 3;

    private GovernmentSeat() {
    }

    /** The state of the government body a visit trigger takes as its object, if any. */
    static Optional<String> host(Lexicon lexicon, Sentence sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.VISIT) {
            return Optional.empty();
        }
        int triggerEnd = sentence.start() + match.end();
        return sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.ORGANIZATION && m.start() >= triggerEnd
                        && m.start() - triggerEnd <= OBJECT_GAP
                        && Clauses.end(sentence.text(), match.end()) > m.start() - sentence.start())
                .findFirst()
                .flatMap(m -> lexicon.organization(m.key()))
                .filter(o -> o.kind() == Organization.Kind.GOVERNMENT_BODY)
                .flatMap(Organization::country);
    }
}
