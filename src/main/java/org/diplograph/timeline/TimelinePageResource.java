package org.diplograph.timeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.web.Label;
import org.diplograph.web.Layout;
import org.diplograph.web.PageLanguage;
import org.diplograph.web.Paged;

/**
 * {@code GET /timeline?a=KOR&b=CHN}: the timeline page, with the filters of the JSON API in its URL
 * (so a view can be shared), a chart per {@code by=month|year}, a summary, the contacts grouped by
 * year, and downloads of the same selection.
 */
@Path("/timeline")
public class TimelinePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(Layout layout, TimelinePage page);
    }

    private final TimelineService timelines;

    public TimelinePageResource(TimelineService timelines) {
        this.timelines = timelines;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("a") String a, @QueryParam("b") String b,
                                 @QueryParam("type") List<String> type, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("level") List<String> level,
                                 @QueryParam("status") List<String> status, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size, @QueryParam("by") String by, @QueryParam("lang") String lang,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                 @Context UriInfo uri) {
        PageLanguage language = PageLanguage.choose(lang, acceptLanguage);
        TimelineFilter filter = TimelineFilter.parse(type, from, to, level, status, page, size);
        if (by != null && !by.isBlank() && !by.equals("month") && !by.equals("year")) {
            throw new IllegalArgumentException("by is month or year, not '" + by + "'");
        }
        Timeline all = timelines.all(a, b, filter);
        List<TimelineService.EventType> types = timelines.types();
        Map<String, TimelineService.EventType> typeMap = new LinkedHashMap<>();
        types.forEach(t -> typeMap.put(t.name(), t));

        Paged<Timeline.Event> onPage = Paged.of(all.events(), filter.page(), filter.size());

        URI withoutPage = uri.getRequestUriBuilder().replaceQueryParam("page").build();
        String pagePrefix = withoutPage.getRawPath() + "?" + (withoutPage.getRawQuery() == null ? ""
                : withoutPage.getRawQuery() + "&");
        URI selection = uri.getRequestUriBuilder().replacePath("/api/timeline").replaceQueryParam("page")
                .replaceQueryParam("lang").replaceQueryParam("by").build();
        String api = selection.getRawPath() + "?" + selection.getRawQuery() + "&";
        List<TimelinePage.Download> downloads = List.of(new TimelinePage.Download("CSV", api + "format=csv"),
                new TimelinePage.Download("JSON", api + "format=json&size=" + TimelineFilter.MAX_SIZE),
                new TimelinePage.Download("RDF (Turtle)", api + "format=ttl"));

        List<TimelinePage.Option> typeOptions = new ArrayList<>();
        types.forEach(t -> typeOptions.add(new TimelinePage.Option(t.name(), t.label(), filter.types().contains(t.name()))));
        List<TimelinePage.Option> levels = List.of(
                option("head", new Label("国家元首或政府首脑", "Heads of state or government"), filter.levels().contains(TimelineFilter.Level.HEAD)),
                option("minister", new Label("部长级", "Ministers"), filter.levels().contains(TimelineFilter.Level.MINISTER)),
                option("other", new Label("其他", "Others"), filter.levels().contains(TimelineFilter.Level.OTHER)));
        List<TimelinePage.Option> statuses = List.of(
                option("occurred", new Label("已发生", "occurred"), filter.statuses().contains("Occurred")),
                option("planned", new Label("计划中", "planned"), filter.statuses().contains("Planned")),
                option("cancelled", new Label("已取消", "cancelled"), filter.statuses().contains("Cancelled")));
        TimelinePage.Form form = new TimelinePage.Form(typeOptions, from == null ? "" : from.strip(),
                to == null ? "" : to.strip(), levels, statuses, by == null ? "" : by);

        TimelineChart chart = TimelineChart.of(all.events(), by == null || by.isBlank() ? null : by, types);
        TimelinePage view = new TimelinePage(all.a(), all.b(), all.total(), chart, TimelinePage.summary(all),
                TimelinePage.byYear(onPage.items()), onPage, pagePrefix, form, typeMap, downloads);
        List<Layout.Alternate> alternates = List.of(
                new Layout.Alternate(api + "format=ttl", "text/turtle", "Turtle"),
                new Layout.Alternate(api + "format=csv", "text/csv", "CSV"),
                new Layout.Alternate(api + "format=json&size=" + TimelineFilter.MAX_SIZE, "application/json", "JSON"));
        return Templates.timeline(Layout.of(uri, language, alternates), view).setLocale(language.locale());
    }

    private static TimelinePage.Option option(String value, Label label, boolean checked) {
        return new TimelinePage.Option(value, label, checked);
    }
}
