package org.diplograph.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.diplograph.article.ArticleReadException;
import org.diplograph.linkeddata.UnknownResourceException;
import org.diplograph.sparql.SparqlException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error response of the service, as JSON {@code {"error": …}}: bad input 400, timeouts 503,
 * anything unexpected 500 with an id that is also in the log; unknown resources 404, as an HTML page
 * for browsers. Resources never build error responses.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    /** The body of every error response. */
    public static Response error(Response.Status status, String message) {
        return error(status.getStatusCode(), message);
    }

    /** The body of every error response, for status codes without a {@link Response.Status} constant. */
    public static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }

    @ServerExceptionMapper
    public Response unreadableArticle(ArticleReadException e) {
        return error(Response.Status.BAD_REQUEST, e.getMessage());
    }

    /** Unknown resource IRIs: a 404 page for browsers, JSON for other clients. */
    @ServerExceptionMapper
    public Response unknownResource(UnknownResourceException e, HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.contains("text/html") || accept.contains("*/*")) {
            String lang = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                    .entity(ErrorPages.notFound(PageLanguage.choose(null, lang), e.getMessage())).build();
        }
        return error(Response.Status.NOT_FOUND, e.getMessage());
    }

    /** Whether the client prefers an HTML page to JSON (a browser following a link or a form). */
    private static boolean wantsHtml(HttpHeaders headers) {
        List<MediaRange> ranges = MediaRange.parse(headers.getHeaderString(HttpHeaders.ACCEPT));
        return !ranges.isEmpty() && ranges.get(0).type().equals("text/html");
    }

    @ServerExceptionMapper
    public Response badQuery(QueryParseException e) {
        return error(Response.Status.BAD_REQUEST, "SPARQL syntax error: " + e.getMessage());
    }

    /** Bad parameters: a 400 page for browsers (a bad filter on the timeline page), JSON otherwise. */
    @ServerExceptionMapper
    public Response badArgument(IllegalArgumentException e, HttpHeaders headers) {
        if (wantsHtml(headers)) {
            String lang = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                    .entity(ErrorPages.badRequest(PageLanguage.choose(null, lang), e.getMessage())).build();
        }
        return error(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response sparql(SparqlException e) {
        Response.ResponseBuilder r = Response.fromResponse(error(e.status(), e.getMessage()));
        e.retryAfterSeconds().ifPresent(s -> r.header(HttpHeaders.RETRY_AFTER, s));
        if (e.status() == 401) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return r.build();
    }

    @ServerExceptionMapper
    public Response timeout(QueryCancelledException e) {
        return error(Response.Status.SERVICE_UNAVAILABLE,
                "query timed out and was cancelled (diplograph.sparql.timeout or timeout=)");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        Response r = e.getResponse();
        if (r.hasEntity()) {
            return r;
        }
        return error(r.getStatus(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "unexpected error %s", id);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "internal error " + id + " (see the server log)");
    }
}
