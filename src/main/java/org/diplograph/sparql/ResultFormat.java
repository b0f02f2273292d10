package org.diplograph.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The result formats the endpoint offers, with their media types and {@code format=} short names
 * (like Fuseki's), split by query form: variable bindings (SELECT, ASK) or graphs (CONSTRUCT, DESCRIBE).
 */
enum ResultFormat {
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON, true),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML, true),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV, true),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV, true),
    TURTLE("turtle", "text/turtle", Lang.TURTLE, false),
    NTRIPLES("ntriples", "application/n-triples", Lang.NTRIPLES, false),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, false),
    RDFXML("rdfxml", "application/rdf+xml", Lang.RDFXML, false);

    private final String shortName;
    private final String mediaType;
    private final Lang lang;
    private final boolean bindings;

    ResultFormat(String shortName, String mediaType, Lang lang, boolean bindings) {
        this.shortName = shortName;
        this.mediaType = mediaType;
        this.lang = lang;
        this.bindings = bindings;
    }

    String mediaType() {
        return mediaType;
    }

    Lang lang() {
        return lang;
    }

    /**
     * The format for a query form: {@code format=} wins, then the Accept header by q-value, then
     * JSON for bindings and Turtle for graphs. Empty when the client accepts nothing we offer.
     */
    static Optional<ResultFormat> choose(boolean bindings, String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            for (ResultFormat r : values()) {
                if (r.bindings == bindings && (r.shortName.equals(f) || r.mediaType.equals(f))) {
                    return Optional.of(r);
                }
            }
            if (f.equals("text") || f.equals("ttl")) {
                return bindings ? Optional.empty() : Optional.of(TURTLE);
            }
            throw new IllegalArgumentException("unknown format '" + format + "' for this query form");
        }
        ResultFormat fallback = bindings ? JSON : TURTLE;
        if (accept == null || accept.isBlank()) {
            return Optional.of(fallback);
        }
        List<String[]> ranges = new java.util.ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.strip().split(";");
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException ignored) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranges.add(new String[] {pieces[0].strip().toLowerCase(Locale.ROOT), String.valueOf(q)});
            }
        }
        ranges.sort((a, b) -> Double.compare(Double.parseDouble(b[1]), Double.parseDouble(a[1])));
        for (String[] range : ranges) {
            String type = range[0];
            if (type.equals("*/*") || type.equals("application/*") && bindings) {
                return Optional.of(fallback);
            }
            for (ResultFormat r : values()) {
                if (r.bindings == bindings && r.mediaType.equals(type)) {
                    return Optional.of(r);
                }
            }
            if (type.equals("application/json") && bindings) {
                return Optional.of(JSON);
            }
            if (type.equals("text/*") && !bindings || type.equals("text/plain") && !bindings) {
                return Optional.of(TURTLE);
            }
        }
        return Optional.empty();
    }
}
