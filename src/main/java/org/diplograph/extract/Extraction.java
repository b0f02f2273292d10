package org.diplograph.extract;

import java.util.List;
import java.util.Optional;

/**
 * What extraction found in one article.
 *
 * @param skipped why the article was not searched for events at all (e.g. its language), if so
 */
public record Extraction(List<DiplomaticEvent> events, Optional<String> skipped) {

    public Extraction {
        events = List.copyOf(events);
    }
}
