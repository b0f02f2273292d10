package org.diplograph.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.diplograph.web.MediaRange;

/**
 * The result formats the endpoint offers, with their media types and {@code format=} short names
 * (like Fuseki's {@code DEF}/{@code Responses}), split by query form: variable bindings (SELECT, ASK)
 * or graphs (CONSTRUCT, DESCRIBE). {@link #streams()} tells whether a format is written row by row;
 * the others are built in memory and capped by {@code diplograph.sparql.max-rows}.
 */
public enum ResultFormat {
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON, true, true),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML, true, true),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV, true, true),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV, true, true),
    TURTLE("turtle", "text/turtle", Lang.TURTLE, false, true),
    NTRIPLES("ntriples", "application/n-triples", Lang.NTRIPLES, false, true),
    TRIG("trig", "application/trig", Lang.TRIG, false, true),
    NQUADS("nquads", "application/n-quads", Lang.NQUADS, false, true),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, false, false),
    RDFXML("rdfxml", "application/rdf+xml", Lang.RDFXML, false, false);

    private final String shortName;
    private final String mediaType;
    private final Lang lang;
    private final boolean bindings;
    private final boolean streams;

    ResultFormat(String shortName, String mediaType, Lang lang, boolean bindings, boolean streams) {
        this.shortName = shortName;
        this.mediaType = mediaType;
        this.lang = lang;
        this.bindings = bindings;
        this.streams = streams;
    }

    public String shortName() {
        return shortName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: text formats name their charset. */
    public String contentType() {
        return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
    }

    Lang lang() {
        return lang;
    }

    boolean bindings() {
        return bindings;
    }

    boolean streams() {
        return streams;
    }

    /** Aliases that clients send in {@code format=} or {@code Accept}. */
    private static Optional<ResultFormat> alias(String name, boolean bindings) {
        return switch (name) {
            case "application/json", "srj" -> bindings ? Optional.of(JSON) : Optional.of(JSONLD);
            case "srx", "application/xml", "text/xml" -> bindings ? Optional.of(XML) : Optional.of(RDFXML);
            case "ttl", "text", "text/plain" -> bindings ? Optional.of(CSV) : Optional.of(TURTLE);
            case "nt" -> bindings ? Optional.empty() : Optional.of(NTRIPLES);
            case "nq" -> bindings ? Optional.empty() : Optional.of(NQUADS);
            case "xml-rdf", "rdf" -> bindings ? Optional.empty() : Optional.of(RDFXML);
            case "json-ld" -> bindings ? Optional.empty() : Optional.of(JSONLD);
            default -> Optional.empty();
        };
    }

    private static Optional<ResultFormat> byName(String name, boolean bindings) {
        for (ResultFormat r : values()) {
            if (r.bindings == bindings && (r.shortName.equals(name) || r.mediaType.equals(name))) {
                return Optional.of(r);
            }
        }
        return alias(name, bindings);
    }

    /**
     * The format for a query form: {@code format=} wins, then the Accept header by q-value (ties in
     * the client's order), then JSON for bindings and Turtle for graphs. Empty when the client accepts
     * nothing we offer (406).
     *
     * @throws SparqlException 400 for a {@code format=} value we do not know for this query form
     */
    static Optional<ResultFormat> choose(boolean bindings, String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            return Optional.of(byName(f, bindings).orElseThrow(() -> new SparqlException(400,
                    "unknown format '" + format.strip() + "' for this query form; use one of " + names(bindings))));
        }
        ResultFormat fallback = bindings ? JSON : TURTLE;
        List<MediaRange> ranges = MediaRange.parse(accept);
        if (ranges.isEmpty()) {
            return Optional.of(fallback);
        }
        for (MediaRange range : ranges) {
            String type = range.type();
            if (type.equals("*/*") || type.equals("application/*")) {
                return Optional.of(fallback);
            }
            if (type.equals("text/*")) {
                return Optional.of(bindings ? CSV : TURTLE);
            }
            Optional<ResultFormat> r = byName(type, bindings);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The short names for a query form, for messages. */
    static String names(boolean bindings) {
        StringBuilder sb = new StringBuilder();
        for (ResultFormat r : values()) {
            if (r.bindings == bindings) {
                sb.append(sb.isEmpty() ? "" : ", ").append(r.shortName);
            }
        }
        return sb.toString();
    }
}
