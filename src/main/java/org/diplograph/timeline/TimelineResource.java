package org.diplograph.timeline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/timeline?a=KOR&b=CHN}: the contacts between two countries as JSON. */
@Path("/api/timeline")
public class TimelineResource {

    private final TimelineService timelines;

    public TimelineResource(TimelineService timelines) {
        this.timelines = timelines;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Timeline bilateral(@QueryParam("a") String a, @QueryParam("b") String b) {
        return timelines.bilateral(a, b);
    }
}
