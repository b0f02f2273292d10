package org.diplograph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The query page for browsers: a static, offline page ({@code META-INF/resources/sparql-ui/}) with
 * its own editor, highlighting and completion, that talks to {@code /sparql},
 * {@code /sparql/examples} and {@code /sparql/complete}. Thread-safe.
 */
@ApplicationScoped
public class SparqlPage {

    private final byte[] html;

    public SparqlPage() {
        try (InputStream in = SparqlPage.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/sparql-ui/index.html")) {
            if (in == null) {
                throw new IllegalStateException("missing META-INF/resources/sparql-ui/index.html in the build");
            }
            html = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a browser is asking: HTML is the client's first choice and no {@code format=} is given. */
    boolean wantsHtml(MultivaluedMap<String, String> params, HttpHeaders headers) {
        if (params.containsKey("format") || params.containsKey("output")) {
            return false;
        }
        List<ResultFormat.MediaRange> ranges = ResultFormat.MediaRange.parse(headers.getHeaderString(HttpHeaders.ACCEPT));
        return !ranges.isEmpty()
                && (ranges.get(0).type().equals("text/html") || ranges.get(0).type().equals("application/xhtml+xml"));
    }

    Response html() {
        return Response.ok(new String(html, StandardCharsets.UTF_8)).type("text/html; charset=utf-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
