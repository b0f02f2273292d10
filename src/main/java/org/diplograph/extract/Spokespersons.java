package org.diplograph.extract;

import java.util.Set;

/**
 * A spokesperson voices the government's acts (protests, statements, sanctions, expulsions) and takes
 * part in them; the contacts a spokesperson announces (总统府发言人张惇涵表示，帛琉总统拟访台) are
 * other people's. Stateless.
 */
final class Spokespersons {

    private static final String SPOKESPERSON = "spokesperson";
    private static final Set<EventType> VOICED = Set.of(EventType.PROTEST, EventType.STATEMENT, EventType.SANCTION,
            EventType.EXPULSION);

    private Spokespersons() {
    }

    /** Removes the spokespersons from the persons of a candidate that is no voiced act. */
    static void keepToVoicedActs(Candidate candidate) {
        if (!VOICED.contains(candidate.type())) {
            candidate.actors().persons().values()
                    .removeIf(p -> p.position().map(SPOKESPERSON::equals).orElse(false));
        }
    }
}
