package org.diplograph.timeline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code GET /api/timeline?a=KOR&b=CHN}: the contacts between two countries (or of one, without
 * {@code b}), filtered by {@code type}, {@code from}, {@code to}, {@code level} and {@code status}
 * (repeatable or comma-separated) and paged by {@code page} and {@code size}. JSON by default; with
 * {@code format=csv} or {@code format=ttl} (or {@code Accept: text/csv} / {@code text/turtle}) the
 * whole selection as a download, ignoring the page.
 */
@Path("/api/timeline")
public class TimelineResource {

    private final TimelineService timelines;

    public TimelineResource(TimelineService timelines) {
        this.timelines = timelines;
    }

    @GET
    public Response timeline(@QueryParam("a") String a, @QueryParam("b") String b,
                             @QueryParam("type") List<String> type, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("level") List<String> level,
                             @QueryParam("status") List<String> status, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @QueryParam("format") String format,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        TimelineFilter filter = TimelineFilter.parse(type, from, to, level, status, page, size);
        String f = format(format, accept);
        String name = "timeline-" + (a == null ? "" : a.replaceAll("[^A-Za-z0-9]", ""))
                + (b == null ? "" : "-" + b.replaceAll("[^A-Za-z0-9]", ""));
        name = name.length() > 40 ? name.substring(0, 40) : name;
        return switch (f) {
            case "csv" -> {
                Timeline all = timelines.all(a, b, filter);
                StreamingOutput body = out -> TimelineCsv.write(all, out);
                yield Response.ok(body, "text/csv;charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            }
            case "ttl" -> {
                var model = timelines.rdf(timelines.all(a, b, filter));
                StreamingOutput body = out -> RDFDataMgr.write(out, model, Lang.TURTLE);
                yield Response.ok(body, "text/turtle;charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".ttl\"").build();
            }
            default -> Response.ok(timelines.timeline(a, b, filter), MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    /** {@code format=} wins over {@code Accept}; JSON when neither asks for CSV or Turtle. */
    private static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            return switch (f) {
                case "json" -> "json";
                case "csv" -> "csv";
                case "ttl", "turtle" -> "ttl";
                default -> throw new IllegalArgumentException("format is json, csv or ttl, not '" + format + "'");
            };
        }
        if (accept == null || accept.isBlank() || accept.contains("application/json") || accept.contains("*/*")) {
            return "json";
        }
        if (accept.contains("text/csv")) {
            return "csv";
        }
        if (accept.contains("text/turtle")) {
            return "ttl";
        }
        throw new NotAcceptableException("timelines are offered as application/json, text/csv and text/turtle");
    }
}
