package org.diplograph.ingest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.DiplographConfig;
import org.diplograph.article.ArticleReadException;
import org.diplograph.web.ErrorMappers;

/**
 * {@code POST /api/articles}: ingests one article sent as the request body (a feed item, a Jekyll
 * post, an HTML page or a daily transcript). Needs {@code Authorization: Bearer <diplograph.ingest.token>}.
 */
@Path("/api/articles")
public class ArticleResource {

    private final IngestService ingest;
    private final DiplographConfig config;

    public ArticleResource(IngestService ingest, DiplographConfig config) {
        this.ingest = ingest;
        this.config = config;
    }

    /**
     * @param url the article's URL, for HTML pages that do not state it
     * @param name a name for the source, used in messages
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ingest(byte[] body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @QueryParam("url") String url, @QueryParam("name") String name) throws ArticleReadException {
        Optional<String> token = config.ingest().token().filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return ErrorMappers.error(Response.Status.FORBIDDEN, "ingest over HTTP is disabled:"
                    + " set diplograph.ingest.token (or DIPLOGRAPH_INGEST_TOKEN) to enable it");
        }
        if (!authorized(authorization, token.get())) {
            return Response.fromResponse(ErrorMappers.error(Response.Status.UNAUTHORIZED,
                    "missing or wrong bearer token")).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        Optional<URI> hint = Optional.empty();
        if (url != null && !url.isBlank()) {
            URI parsed = URI.create(url.strip());
            if (parsed.getHost() == null || !"http".equals(parsed.getScheme()) && !"https".equals(parsed.getScheme())) {
                throw new IllegalArgumentException("url must be an absolute http(s) URL");
            }
            hint = Optional.of(parsed);
        }
        String source = name == null || name.isBlank() ? "request body" : name.strip();
        List<ArticleResult> results = ingest.ingestBytes(source, body == null ? new byte[0] : body, hint);
        URI location = URI.create(results.get(0).article());
        return Response.created(location).entity(Map.of("articles", results)).build();
    }

    /** Constant-time comparison, so the token cannot be guessed from response times. */
    private static boolean authorized(String header, String token) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
