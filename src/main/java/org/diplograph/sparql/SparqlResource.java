package org.diplograph.sparql;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol query operation by GET ({@code query=}), by POST of a form
 * or of {@code application/sparql-query}, with {@code default-graph-uri}, {@code named-graph-uri},
 * {@code format=} and {@code timeout=} (seconds, may only lower the server's). Always read-only.
 * Without a query it serves the query page (HTML) or the service description (RDF).
 */
@Path("/sparql")
public class SparqlResource {

    private final SparqlService sparql;
    private final SparqlPage page;
    private final RequestClient clients;

    public SparqlResource(SparqlService sparql, SparqlPage page, RequestClient clients) {
        this.sparql = sparql;
        this.page = page;
        this.clients = clients;
    }

    @GET
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        if (!params.containsKey("query") && !params.containsKey("update")) {
            return withoutQuery(params, headers, uri);
        }
        if (params.containsKey("query") && page.wantsHtml(params, headers)) {
            return page.html();
        }
        return query(single(params, "query"), params, headers, request);
    }

    /** The query page's prefixes and example queries. */
    @GET
    @Path("examples")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> examples() {
        return Map.of("prefixes", page.prefixes(), "examples", page.examples());
    }

    /**
     * Completions of a label or prefixed name being typed, e.g. {@code ?prefix=country:CH}, optionally
     * restricted to the values of the property before it ({@code &predicate=<IRI>}).
     */
    @GET
    @Path("complete")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SparqlPage.Completion> complete(@QueryParam("prefix") String prefix,
                                                @QueryParam("predicate") String predicate) {
        return page.complete(prefix, predicate);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postForm(MultivaluedMap<String, String> form, @Context UriInfo uri, @Context HttpHeaders headers,
                             @Context HttpServerRequest request) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        uri.getQueryParameters().forEach(params::addAll);
        form.forEach(params::addAll);
        return query(single(params, "query"), params, headers, request);
    }

    @POST
    @Consumes("application/sparql-query")
    public Response postQuery(String body, @Context UriInfo uri, @Context HttpHeaders headers,
                              @Context HttpServerRequest request) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        if (params.containsKey("query")) {
            throw new SparqlException(400, "a query sent as application/sparql-query must not also have a 'query' parameter");
        }
        return query(body, params, headers, request);
    }

    /** {@code POST application/sparql-update} to the query endpoint: refused like Fuseki does. */
    @POST
    @Consumes("application/sparql-update")
    public Response postUpdate() {
        throw readOnly();
    }

    private Response withoutQuery(MultivaluedMap<String, String> params, HttpHeaders headers, UriInfo uri) {
        if (page.wantsHtml(params, headers)) {
            return page.html();
        }
        Optional<ResultFormat> rdf = ServiceDescription.format(headers.getHeaderString(HttpHeaders.ACCEPT));
        if (rdf.isPresent()) {
            StreamingOutput body = out -> ServiceDescription.write(out, uri.getAbsolutePath().toString(), rdf.get());
            return Response.ok(body).type(rdf.get().contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        throw new SparqlException(400, "missing SPARQL query (parameter 'query'); ask for text/html for the query"
                + " page or for an RDF type (text/turtle …) for the service description");
    }

    private Response query(String queryString, MultivaluedMap<String, String> params, HttpHeaders headers,
                           HttpServerRequest request) {
        if (params.containsKey("update")) {
            throw readOnly();
        }
        if (queryString == null || queryString.isBlank()) {
            throw new SparqlException(400, "missing SPARQL query (parameter 'query')");
        }
        Query query = sparql.parse(queryString);
        boolean bindings = query.isSelectType() || query.isAskType();
        String format = params.getFirst("format");
        if (format == null) {
            format = params.getFirst("output");
        }
        ResultFormat chosen = ResultFormat.choose(bindings, format, headers.getHeaderString(HttpHeaders.ACCEPT))
                .orElseThrow(() -> new SparqlException(406, "no acceptable result format for this query; use Accept"
                        + " or format= with one of " + ResultFormat.names(bindings)));
        SparqlService.Graphs graphs = new SparqlService.Graphs(
                iris(params, "default-graph-uri"), iris(params, "named-graph-uri"));
        SparqlService.Answer answer = sparql.execute(query, queryString, graphs, chosen, timeout(params.getFirst("timeout")),
                clients.key(request, headers));
        StreamingOutput body = answer.body()::writeTo;
        return Response.ok(body).type(answer.format().contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private static SparqlException readOnly() {
        return new SparqlException(400, "this endpoint is read-only: send SPARQL Update to /update");
    }

    /** The one value of a parameter that the protocol allows only once. */
    private static String single(MultivaluedMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new SparqlException(400, "parameter '" + name + "' given " + values.size() + " times; give it once");
        }
        return values.get(0);
    }

    private static List<String> iris(MultivaluedMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return List.of();
        }
        return values.stream().map(v -> SparqlService.graphIri(name, v)).toList();
    }

    /** {@code timeout=} in seconds (decimals allowed), like Fuseki. */
    static Optional<Duration> timeout(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal seconds = new BigDecimal(value.strip());
            if (seconds.signum() <= 0) {
                throw new NumberFormatException();
            }
            return Optional.of(Duration.ofMillis(seconds.movePointRight(3).longValue()));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SparqlException(400, "timeout must be a positive number of seconds: " + value);
        }
    }
}
