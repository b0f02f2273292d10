package org.diplograph.extract;

import java.util.Optional;

/**
 * A person taking part in an event, with the position and country the article gives for this
 * event (positions change over time, so they belong to the participation).
 *
 * @param name the person's name in simplified Chinese, which identifies the person
 */
public record Participant(String name, Optional<String> position, Optional<String> country) {
}
