package org.diplograph.sparql;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.apache.jena.graph.Node;

/**
 * {@code /gsp}: the SPARQL 1.1 Graph Store HTTP Protocol with indirect identification
 * ({@code ?graph=<IRI>} or {@code ?default}): GET, PUT (replace), POST (add), DELETE. Disabled
 * unless {@code diplograph.sparql.update-token} is set; every method then needs the bearer token.
 * The default graph here is the stored default graph, not the union that queries see.
 */
@Path("/gsp")
public class GraphStoreResource {

    private final UpdateService updates;

    public GraphStoreResource(UpdateService updates) {
        this.updates = updates;
    }

    @GET
    public Response get(@QueryParam("graph") String graph, @Context UriInfo uri, @Context HttpHeaders headers) {
        updates.authorize(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        Node name = name(graph, uri);
        ResultFormat format = ResultFormat.choose(false, uri.getQueryParameters().getFirst("format"),
                headers.getHeaderString(HttpHeaders.ACCEPT)).orElseThrow(() -> new SparqlException(406,
                "no acceptable RDF format; use one of " + ResultFormat.names(false)));
        if (!updates.exists(name)) {
            throw new SparqlException(404, "no such graph");
        }
        StreamingOutput body = out -> updates.read(name, format, out);
        return Response.ok(body).type(format.contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @PUT
    public Response put(InputStream body, @QueryParam("graph") String graph, @Context UriInfo uri,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        updates.authorize(authorization);
        boolean existed = updates.write(name(graph, uri), body, contentType, true);
        return existed ? Response.noContent().build() : Response.status(201).build();
    }

    @POST
    public Response post(InputStream body, @QueryParam("graph") String graph, @Context UriInfo uri,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        updates.authorize(authorization);
        boolean existed = updates.write(name(graph, uri), body, contentType, false);
        return existed ? Response.noContent().build() : Response.status(201).build();
    }

    @DELETE
    public Response delete(@QueryParam("graph") String graph, @Context UriInfo uri,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        updates.authorize(authorization);
        if (!updates.delete(name(graph, uri))) {
            throw new SparqlException(404, "no such graph");
        }
        return Response.noContent().build();
    }

    private static Node name(String graph, UriInfo uri) {
        return UpdateService.graphNode(graph, uri.getQueryParameters().containsKey("default"));
    }
}
