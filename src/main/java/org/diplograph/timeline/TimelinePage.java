package org.diplograph.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.web.Label;
import org.diplograph.web.PageLanguage;
import org.diplograph.web.Paged;

/**
 * What the timeline page shows: the selection's chart and summary, one page of its contacts grouped
 * by year, and the state of the filter form. Built by {@link TimelinePageResource}.
 */
public record TimelinePage(Timeline.Actor a, Timeline.Actor b, int total, TimelineChart chart, Summary summary,
                           List<YearGroup> years, Paged<Timeline.Event> paging, String pagePrefix, Form form,
                           Map<String, TimelineService.EventType> types, List<Download> downloads) {

    /** Contacts of one year, on this page. */
    public record YearGroup(String year, List<Timeline.Event> events) {
    }

    /** A resource with a count. */
    public record Count(String iri, Label label, int count) {
    }

    /**
     * The summary of the whole selection.
     *
     * @param personsA persons who represented side a; personsB those of side b (or of any partner)
     */
    public record Summary(Timeline.Event first, Timeline.Event last, List<Count> topics, List<Count> personsA,
                          List<Count> personsB) {
    }

    /** A checkbox of the filter form. */
    public record Option(String value, Label label, boolean checked) {
    }

    /** The filter form as the request set it. */
    public record Form(List<Option> types, String from, String to, List<Option> levels, List<Option> statuses,
                       String by) {
    }

    /** A download link of the same selection. */
    public record Download(String name, String href) {
    }

    /** The title: both sides, or the one side. */
    public Label title() {
        if (b == null) {
            return a.name();
        }
        return new Label(a.name().in(PageLanguage.ZH) + " – " + b.name().in(PageLanguage.ZH),
                a.name().in(PageLanguage.EN) + " – " + b.name().in(PageLanguage.EN));
    }

    /** The colour of an event type. */
    public String colour(String type) {
        return TimelineChart.colour(type);
    }

    static Summary summary(Timeline all) {
        List<Timeline.Event> events = all.events();
        if (events.isEmpty()) {
            return new Summary(null, null, List.of(), List.of(), List.of());
        }
        Map<String, Count> topics = new LinkedHashMap<>();
        Map<String, Count> personsA = new LinkedHashMap<>();
        Map<String, Count> personsB = new LinkedHashMap<>();
        for (Timeline.Event e : events) {
            for (Timeline.Named t : e.topics()) {
                topics.merge(t.iri(), new Count(t.iri(), t.name(), 1), TimelinePage::add);
            }
            for (Timeline.Person p : e.participants()) {
                boolean sideA = all.a().iso3() != null ? all.a().iso3().equals(p.country()) : all.a().iri().equals(p.iri());
                Map<String, Count> side = sideA ? personsA : personsB;
                if (!sideA && all.b() != null && all.b().iso3() != null && !all.b().iso3().equals(p.country())) {
                    continue;
                }
                side.merge(p.iri(), new Count(p.iri(), new Label(p.label(), null), 1), TimelinePage::add);
            }
        }
        return new Summary(events.get(0), events.get(events.size() - 1), top(topics), top(personsA), top(personsB));
    }

    private static Count add(Count x, Count y) {
        return new Count(x.iri(), x.label(), x.count() + y.count());
    }

    private static List<Count> top(Map<String, Count> counts) {
        List<Count> list = new ArrayList<>(counts.values());
        list.sort(Comparator.comparingInt(Count::count).reversed());
        return list.subList(0, Math.min(5, list.size()));
    }

    static List<YearGroup> byYear(List<Timeline.Event> events) {
        Map<String, List<Timeline.Event>> years = new LinkedHashMap<>();
        for (Timeline.Event e : events) {
            years.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e);
        }
        List<YearGroup> groups = new ArrayList<>();
        years.forEach((y, list) -> groups.add(new YearGroup(y, list)));
        return groups;
    }
}
