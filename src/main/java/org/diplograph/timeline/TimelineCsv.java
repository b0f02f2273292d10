package org.diplograph.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a timeline as CSV (RFC 4180, UTF-8, one row per event, lists joined with {@code "; "}).
 * Stateless and thread-safe.
 */
final class TimelineCsv {

    static final List<String> HEADER = List.of("event", "type", "date", "end_date", "status", "level", "label_zh",
            "label_en", "countries", "participants", "topics", "sources", "source_urls");

    private TimelineCsv() {
    }

    static void write(Timeline timeline, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, HEADER);
        for (Timeline.Event e : timeline.events()) {
            row(w, List.of(e.id(), e.type(), e.date(), nz(e.endDate()), e.status(), e.level(), nz(e.label()),
                    nz(e.labelEn()),
                    e.actors().stream().map(a -> a.iso3() != null ? a.iso3() : nz(a.labelEn())).collect(Collectors.joining("; ")),
                    e.participants().stream().map(p -> p.label()
                            + (p.position() == null ? "" : " (" + nz(p.position().labelEn())
                            + (p.country() == null ? "" : ", " + p.country()) + ")")).collect(Collectors.joining("; ")),
                    e.topics().stream().map(t -> nz(t.labelEn())).collect(Collectors.joining("; ")),
                    String.valueOf(e.sources().size()),
                    e.sources().stream().map(Timeline.Source::url).collect(Collectors.joining("; "))));
        }
        w.flush();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                w.write('"' + c.replace("\"", "\"\"") + '"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
