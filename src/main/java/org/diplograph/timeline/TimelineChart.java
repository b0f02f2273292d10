package org.diplograph.timeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.web.Label;

/**
 * The chart of a timeline: contacts per month or year, stacked by event type, as the geometry of an
 * SVG drawn by the template on the server (no script, nothing fetched). Immutable.
 *
 * @param unit  "month" or "year"
 * @param bars  one rectangle per (period, type) with at least one contact
 * @param ticks labels of the x axis (periods) and y axis (counts)
 */
public record TimelineChart(String unit, int width, int height, int plotLeft, int plotBottom, int plotRight,
                            List<Bar> bars, List<Tick> xTicks, List<Tick> yTicks, List<LegendItem> legend) {

    static final int WIDTH = 960;
    static final int HEIGHT = 260;
    static final int LEFT = 40;
    static final int RIGHT = 10;
    static final int TOP = 12;
    static final int BOTTOM = 36;
    static final int MAX_BAR = 48;

    /** Colours of the event types, by CAMEO order of the ontology's classes (cooperative blues and greens, conflictual reds). */
    static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("Statement", "#8c96a3"), Map.entry("Message", "#9467bd"), Map.entry("Invitation", "#17becf"),
            Map.entry("Meeting", "#1f77b4"), Map.entry("PhoneCall", "#2ca02c"), Map.entry("Visit", "#ff7f0e"),
            Map.entry("Summit", "#bcbd22"), Map.entry("Talks", "#3b5ba5"), Map.entry("Agreement", "#006d5b"),
            Map.entry("Protest", "#d62728"), Map.entry("Sanction", "#8c1c13"), Map.entry("Expulsion", "#e377c2"));

    /** One stacked rectangle, with its tooltip. */
    public record Bar(double x, double y, double w, double h, String colour, String period, String type, int count) {
    }

    /** A tick of an axis: position and text. */
    public record Tick(double x, double y, String text) {
    }

    /** A legend entry: a type with its colour and total. */
    public record LegendItem(String type, Label label, String colour, int count) {
    }

    /** The colour of an event type's bars and badges. */
    public static String colour(String type) {
        return COLOURS.getOrDefault(type, "#555555");
    }

    /**
     * @param unit  "month", "year", or null to choose: months when the contacts span at most three years
     * @param types the event classes in legend order
     */
    static TimelineChart of(List<Timeline.Event> events, String unit, List<TimelineService.EventType> types) {
        List<String> periods = new ArrayList<>();
        String u = unit;
        if (!events.isEmpty()) {
            YearMonth first = YearMonth.parse(events.get(0).date().substring(0, 7));
            YearMonth last = YearMonth.parse(events.get(events.size() - 1).date().substring(0, 7));
            if (u == null) {
                u = first.plusMonths(36).isBefore(last) ? "year" : "month";
            }
            if (u.equals("year")) {
                for (int y = first.getYear(); y <= last.getYear(); y++) {
                    periods.add(String.valueOf(y));
                }
            } else {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    periods.add(m.toString());
                }
            }
        } else if (u == null) {
            u = "month";
        }
        final String by = u;
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        periods.forEach(p -> counts.put(p, new LinkedHashMap<>()));
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (Timeline.Event e : events) {
            String period = by.equals("year") ? e.date().substring(0, 4) : e.date().substring(0, 7);
            counts.get(period).merge(e.type(), 1, Integer::sum);
            totals.merge(e.type(), 1, Integer::sum);
        }
        int max = counts.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max()
                .orElse(0);
        int top = Math.max(1, max);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double slot = periods.isEmpty() ? plotW : plotW / periods.size();
        // Narrow bars even when there are few periods: one period should not look like a wall.
        double barW = Math.max(1, Math.min(slot * 0.75, MAX_BAR));
        List<Bar> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            double x = LEFT + i * slot + (slot - barW) / 2;
            double y = HEIGHT - BOTTOM;
            for (TimelineService.EventType t : types) {
                int n = counts.get(period).getOrDefault(t.name(), 0);
                if (n > 0) {
                    double h = plotH * n / top;
                    y -= h;
                    bars.add(new Bar(round(x), round(y), round(barW), round(h), colour(t.name()), period, t.name(), n));
                }
            }
            if (i % every == 0) {
                xTicks.add(new Tick(round(LEFT + i * slot + slot / 2), HEIGHT - BOTTOM + 16, period));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(top / 4.0));
        for (int v = 0; v <= top; v += step) {
            yTicks.add(new Tick(LEFT - 6, round(HEIGHT - BOTTOM - plotH * v / top + 4), String.valueOf(v)));
        }
        List<LegendItem> legend = new ArrayList<>();
        for (TimelineService.EventType t : types) {
            if (totals.containsKey(t.name())) {
                legend.add(new LegendItem(t.name(), t.label(), colour(t.name()), totals.get(t.name())));
            }
        }
        return new TimelineChart(by, WIDTH, HEIGHT, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, bars, xTicks, yTicks, legend);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
