package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pattern that signals an event type, read from {@code extract/triggers.tsv}.
 *
 * @param host for visits: the host country the wording implies (访华 → CHN)
 */
record Trigger(EventType type, Pattern pattern, Optional<String> host) {

    static List<Trigger> load() {
        var in = Trigger.class.getClassLoader().getResourceAsStream("extract/triggers.tsv");
        if (in == null) {
            throw new IllegalStateException("extract/triggers.tsv missing from the class path");
        }
        List<Trigger> triggers = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String host = cells.length > 2 ? cells[2].trim() : "";
                triggers.add(new Trigger(EventType.fromLocalName(cells[0].trim()), Pattern.compile(cells[1].trim()),
                        host.isEmpty() ? Optional.empty() : Optional.of(host)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extract/triggers.tsv", e);
        }
        return List.copyOf(triggers);
    }
}
