package org.diplograph.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * "捷克参议院议长维特齐…前任参议院议长柯佳洛": a predecessor (前任, 前) in an office the article has named for
 * one country only held that country's office. Keeps the offices of one article as it is read; not thread-safe.
 */
final class PredecessorInOffice {

    private static final Pattern PREDECESSOR = Pattern.compile("(?:前任|前)$");

    /** The countries each office, as written, was named for so far. */
    private final Map<String, Set<String>> countries = new HashMap<>();

    /** Notes the country of a position, if it has one. */
    void note(Mention position) {
        position.country().ifPresent(c -> countries.computeIfAbsent(position.surface(), k -> new TreeSet<>()).add(c));
    }

    /** The one country the office of {@code position}, written after 前任 or 前, was named for before. */
    Optional<String> country(String text, Mention position) {
        Set<String> named = countries.getOrDefault(position.surface(), Set.of());
        if (named.size() != 1
                || !PREDECESSOR.matcher(text.substring(Math.max(0, position.start() - 2), position.start())).find()) {
            return Optional.empty();
        }
        return Optional.of(named.iterator().next());
    }
}
