package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * "古巴国家主席…将于11月24日至26日对中国进行国事访问": a state visit is paid by one head of state to another
 * state as such, so it, and the invitation to it, is about the relations of the two states even where its
 * report says no more. Stateless.
 */
final class StateVisit {

    private static final String RELATIONS = "bilateral-relations";
    private static final Set<EventType> TRIP = Set.of(EventType.VISIT, EventType.INVITATION);

    private StateVisit() {
    }

    /** Adds bilateral relations to visits and invitations whose own sentence names a state visit. */
    static void fillIn(List<Candidate> candidates) {
        candidates.stream().filter(c -> TRIP.contains(c.type()) && !c.topics().contains(RELATIONS)
                        && c.evidence().sentence().contains("国事访问"))
                .forEach(c -> c.topics().add(RELATIONS));
    }
}
