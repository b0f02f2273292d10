package org.diplograph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One entry of an HTTP {@code Accept} header, for content negotiation everywhere in the service
 * (SPARQL results, linked-data documents).
 *
 * @param type the media range, lower case ({@code text/turtle}, {@code text/*}, {@code *}{@code /*})
 * @param q its quality value
 * @param order its position in the header
 */
public record MediaRange(String type, double q, int order) {

    /** The ranges with q &gt; 0, best first; ties keep the client's order, more specific first. */
    public static List<MediaRange> parse(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            return ranges;
        }
        int order = 0;
        for (String part : accept.split(",")) {
            String[] pieces = part.strip().split(";");
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (q > 0 && !type.isEmpty()) {
                ranges.add(new MediaRange(type, q, order++));
            }
        }
        ranges.sort(Comparator.comparingDouble(MediaRange::q).reversed()
                .thenComparingInt(r -> r.type.contains("*") ? 1 : 0)
                .thenComparingInt(MediaRange::order));
        return ranges;
    }
}
