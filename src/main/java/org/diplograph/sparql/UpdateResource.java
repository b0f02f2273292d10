package org.diplograph.sparql;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /update}: the SPARQL 1.1 Protocol update operation, by POST of a form ({@code update=}) or of
 * {@code application/sparql-update}. Disabled unless {@code diplograph.sparql.update-token} is set.
 */
@Path("/update")
public class UpdateResource {

    private final UpdateService updates;

    public UpdateResource(UpdateService updates) {
        this.updates = updates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response form(@FormParam("update") String update, @FormParam("query") String query,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        updates.authorize(authorization);
        if (query != null) {
            throw new SparqlException(400, "send queries to /sparql; /update takes 'update'");
        }
        return run(update);
    }

    @POST
    @Consumes("application/sparql-update")
    public Response direct(String update, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        updates.authorize(authorization);
        return run(update);
    }

    private Response run(String update) {
        if (update == null || update.isBlank()) {
            throw new SparqlException(400, "missing SPARQL update (parameter 'update')");
        }
        updates.update(update);
        return Response.noContent().build();
    }
}
