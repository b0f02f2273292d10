package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "…美国不会袖手旁观，”国务卿迈克·庞皮欧在周四的声明中表示": a statement of the imposing side alone, issued on
 * the day of its sanction, is how the sanction was announced (GUIDELINES: the statement announcing a sanction
 * is part of that event); who issued it takes part in the sanction. Stateless.
 */
final class SanctionAnnouncement {

    private SanctionAnnouncement() {
    }

    /**
     * Adds the persons of a one-sided statement to the latest sanction reported before it that the same side
     * imposed on the same day.
     *
     * @param dating the statement's date, worked out only for such a statement
     * @param before the candidates found so far in the article
     */
    static void joinSanction(EventType type, Actors actors, Supplier<Optional<DateMention>> dating,
                             List<Candidate> before) {
        if (type != EventType.STATEMENT || actors.countries().size() != 1 || !actors.organizations().isEmpty()
                || actors.persons().isEmpty()) {
            return;
        }
        Optional<DateMention> date = dating.get();
        if (date.isEmpty()) {
            return;
        }
        String side = actors.countries().iterator().next();
        before.stream().filter(c -> c.type() == EventType.SANCTION && c.issuer().equals(Optional.of(side))
                        && c.date().map(d -> d.date().equals(date.get().date()) && d.endDate().isEmpty()).orElse(false))
                .reduce((first, second) -> second)
                .ifPresent(sanction -> actors.persons().values()
                        .forEach(p -> sanction.actors().persons().putIfAbsent(p.name(), p)));
    }
}
