package org.diplograph.extract;

import java.util.Set;

/**
 * "德外长访问以色列 谴责“大规模“攻击": the meetings and talks a story tells under a headline that names a trip
 * are what the trip consisted of (马斯还分别会晤以色列国防部长甘茨和总统里夫林), and share what the headline says
 * it was about. Stateless.
 */
final class HeldOnTrip {


    private HeldOnTrip() {
    }

    /** Whether acts of {@code type} are held on a trip among the {@code named} kinds of act. */
    static boolean named(Set<EventType> named, EventType type) {
        return named.contains(EventType.VISIT) && type.encounter();
    }
}
