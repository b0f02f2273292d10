package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.lexicon.TsvTable;

/**
 * A pattern that signals an event type, read from {@code extract/triggers.tsv}.
 *
 * @param host for visits: the host country the wording implies (访华 → CHN)
 */
record Trigger(EventType type, Pattern pattern, Optional<String> host) {

    static List<Trigger> load() {
        return TsvTable.read("extract/triggers.tsv").stream()
                .map(row -> new Trigger(EventType.fromLocalName(row.get("type")), Pattern.compile(row.get("pattern")),
                        Optional.of(row.get("host")).filter(host -> !host.isEmpty())))
                .toList();
    }
}
