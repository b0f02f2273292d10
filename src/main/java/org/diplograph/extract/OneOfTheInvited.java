package org.diplograph.extract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * "特朗普…将扩大邀请澳大利亚、俄罗斯、韩国及印度与会。澳洲已同意应美国邀请出席。": an undated invitation between
 * sides that are all among those of one invitation reported in the article is that invitation, told again for
 * one of those it went to (accepting it, declining it); it is no invitation of its own. Stateless.
 */
final class OneOfTheInvited {

    private OneOfTheInvited() {
    }

    /** The one larger invitation whose sides include all of {@code c}'s, when {@code c} is an invitation. */
    static Optional<DiplomaticEvent> invitation(Candidate c, Collection<DiplomaticEvent> events) {
        if (c.type() != EventType.INVITATION) {
            return Optional.empty();
        }
        List<DiplomaticEvent> larger = events.stream().filter(e -> e.type() == EventType.INVITATION
                && sides(e).size() > c.actorSet().size() && sides(e).containsAll(c.actorSet())).toList();
        return larger.size() == 1 ? Optional.of(larger.get(0)) : Optional.empty();
    }

    private static Set<String> sides(DiplomaticEvent e) {
        Set<String> sides = new TreeSet<>(e.countries());
        sides.addAll(e.organizations());
        return sides;
    }
}
