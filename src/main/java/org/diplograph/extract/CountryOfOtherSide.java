package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "部长王美花昨天与贝里斯投资贸易暨商务部长潘崔西签署…协定": in a contact between two states, a participant whose
 * country the text leaves unsaid, beside participants who all serve one side, serves the other. Stateless.
 */
final class CountryOfOtherSide {

    private CountryOfOtherSide() {
    }

    /**
     * The events with each such participant given the side the others do not serve, unless another event of
     * the article gives the participant a country: then the participant was told of in another contact.
     */
    static List<DiplomaticEvent> fillIn(List<DiplomaticEvent> events) {
        Set<String> servingElsewhere = events.stream().flatMap(e -> e.persons().stream())
                .filter(p -> p.country().isPresent()).map(Participant::name).collect(Collectors.toSet());
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            Set<String> served = event.persons().stream().map(Participant::country).flatMap(Optional::stream)
                    .collect(Collectors.toSet());
            if (event.countries().size() != 2 || served.size() != 1 || !event.countries().containsAll(served)
                    || event.persons().stream().allMatch(p -> p.country().isPresent())) {
                result.add(event);
                continue;
            }
            Optional<String> other = event.countries().stream().filter(c -> !served.contains(c)).findFirst();
            result.add(event.withPersons(event.persons().stream()
                    .map(p -> p.country().isPresent() || servingElsewhere.contains(p.name()) ? p
                            : new Participant(p.name(), p.position(), other))
                    .toList()));
        }
        return result;
    }
}
