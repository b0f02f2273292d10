package org.diplograph.linkeddata;

import jakarta.ws.rs.NotAcceptableException;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.diplograph.web.MediaRange;

/**
 * The RDF formats a resource is offered in, with their media types and the file extensions of the
 * {@code /data/{kind}/{key}.{ext}} documents.
 */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES);

    /** The media type of the HTML page, the other representation of a resource. */
    public static final String HTML = "text/html";

    private final String extension;
    private final String mediaType;
    private final Lang lang;

    RdfFormat(String extension, String mediaType, Lang lang) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public Lang lang() {
        return lang;
    }

    public static Optional<RdfFormat> byExtension(String ext) {
        for (RdfFormat f : values()) {
            if (f.extension.equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * What to send for an {@code Accept} header: an RDF format, or empty for the HTML page. Ranges are
     * taken by q-value; {@code text/html}, {@code application/xhtml+xml}, {@code *}{@code /*} and a
     * missing header mean HTML (browsers and curl alike get the page).
     *
     * @throws NotAcceptableException (406) when the client accepts nothing we offer
     */
    public static Optional<RdfFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        for (MediaRange range : MediaRange.parse(accept)) {
            String type = range.type();
            if (type.equals(HTML) || type.equals("application/xhtml+xml") || type.equals("*/*") || type.equals("text/*")) {
                return Optional.empty();
            }
            for (RdfFormat f : values()) {
                if (f.mediaType.equals(type)) {
                    return Optional.of(f);
                }
            }
            if (type.equals("application/json")) {
                return Optional.of(JSONLD);
            }
        }
        throw new NotAcceptableException("this resource is offered as text/html, text/turtle, application/ld+json,"
                + " application/rdf+xml and application/n-triples");
    }
}
