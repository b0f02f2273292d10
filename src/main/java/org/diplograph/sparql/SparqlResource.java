package org.diplograph.sparql;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.jena.query.Query;
import org.diplograph.web.ErrorMappers;

/**
 * {@code /sparql}: SPARQL 1.1 queries by GET ({@code query=}), by POST of a form or of
 * {@code application/sparql-query}. Read-only: updates are refused.
 */
@Path("/sparql")
public class SparqlResource {

    private final SparqlService sparql;

    public SparqlResource(SparqlService sparql) {
        this.sparql = sparql;
    }

    @GET
    public Response get(@QueryParam("query") String query, @QueryParam("format") String format,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return run(query, format, accept);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postForm(@FormParam("query") String query, @FormParam("update") String update,
                             @FormParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (update != null) {
            return ErrorMappers.error(Response.Status.BAD_REQUEST, "this endpoint is read-only: SPARQL Update is refused");
        }
        return run(query, format, accept);
    }

    @POST
    @Consumes("application/sparql-query")
    public Response postQuery(String query, @QueryParam("format") String format,
                              @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return run(query, format, accept);
    }

    private Response run(String queryString, String format, String accept) {
        if (queryString == null || queryString.isBlank()) {
            return ErrorMappers.error(Response.Status.BAD_REQUEST, "missing SPARQL query (parameter 'query')");
        }
        Query query = sparql.parse(queryString);
        boolean bindings = query.isSelectType() || query.isAskType();
        var chosen = ResultFormat.choose(bindings, format, accept);
        if (chosen.isEmpty()) {
            return ErrorMappers.error(Response.Status.NOT_ACCEPTABLE, "no acceptable result format for this query;"
                    + " use Accept or format= (json, xml, csv, tsv for SELECT/ASK; turtle, ntriples, jsonld, rdfxml"
                    + " for CONSTRUCT/DESCRIBE)");
        }
        SparqlService.Result result = sparql.execute(query, chosen.get());
        return Response.ok(result.body()).type(result.mediaType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
