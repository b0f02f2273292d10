package org.diplograph.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which contacts of a timeline to keep and which page of them to show. Built from request
 * parameters by {@link #parse}, which rejects anything malformed with an {@link IllegalArgumentException}
 * (400), so the values are validated before they reach a query. Empty sets mean "any".
 *
 * @param types    event classes by local name ({@code PhoneCall})
 * @param from     first day kept, or null
 * @param to       last day kept, or null
 * @param levels   highest level among the persons taking part
 * @param statuses event status by local name ({@code Occurred}, {@code Planned}, {@code Cancelled})
 * @param page     page of the list, from 1
 * @param size     events per page
 */
public record TimelineFilter(Set<String> types, LocalDate from, LocalDate to, Set<Level> levels, Set<String> statuses,
                             int page, int size) {

    /** Events per page of the JSON API and the page unless asked otherwise. */
    public static final int DEFAULT_SIZE = 50;
    /** Most events per page: a bound on the work of one request. */
    public static final int MAX_SIZE = 1000;

    /** The filter that keeps everything, first page. */
    public static final TimelineFilter ALL = new TimelineFilter(Set.of(), null, null, Set.of(), Set.of(), 1, DEFAULT_SIZE);

    /** Levels of participants: the highest position level among the persons taking part in an event. */
    public enum Level {
        /** Heads of state or government ({@code dg:HeadLevel}). */
        HEAD,
        /** Ministers ({@code dg:MinisterLevel}). */
        MINISTER,
        /** Diplomats, officials, or no person named. */
        OTHER;

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The level of an event from the level IRIs of its participants. */
        static Level of(String levelIris) {
            if (levelIris == null) {
                return OTHER;
            }
            if (levelIris.contains("#HeadLevel")) {
                return HEAD;
            }
            return levelIris.contains("#MinisterLevel") ? MINISTER : OTHER;
        }
    }

    private static final Set<String> STATUSES = Set.of("Occurred", "Planned", "Cancelled");

    /**
     * Validates request parameters. Types are CamelCase local names, statuses and levels are matched
     * ignoring case, dates are {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} ({@code from} takes the
     * first day of a year or month, {@code to} the last).
     */
    public static TimelineFilter parse(List<String> types, String from, String to, List<String> levels,
                                       List<String> statuses, Integer page, Integer size) {
        Set<String> typeSet = new LinkedHashSet<>();
        for (String t : split(types)) {
            if (!t.matches("[A-Z][A-Za-z]{1,40}")) {
                throw new IllegalArgumentException("type is an event class such as PhoneCall or Meeting, not '" + t + "'");
            }
            typeSet.add(t);
        }
        Set<Level> levelSet = EnumSet.noneOf(Level.class);
        for (String l : split(levels)) {
            try {
                levelSet.add(Level.valueOf(l.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("level is head, minister or other, not '" + l + "'");
            }
        }
        Set<String> statusSet = new LinkedHashSet<>();
        for (String s : split(statuses)) {
            String st = s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
            if (!STATUSES.contains(st)) {
                throw new IllegalArgumentException("status is occurred, planned or cancelled, not '" + s + "'");
            }
            statusSet.add(st);
        }
        int p = page == null ? 1 : page;
        int n = size == null ? DEFAULT_SIZE : size;
        if (p < 1) {
            throw new IllegalArgumentException("page counts from 1");
        }
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("size is between 1 and " + MAX_SIZE);
        }
        LocalDate f = date(from, "from", false);
        LocalDate t = date(to, "to", true);
        if (f != null && t != null && f.isAfter(t)) {
            throw new IllegalArgumentException("from is after to");
        }
        return new TimelineFilter(typeSet, f, t, levelSet, statusSet, p, n);
    }

    /** Whether an event passes the filter (the page is applied afterwards). */
    boolean keeps(String type, String date, String status, Level level) {
        if (!types.isEmpty() && !types.contains(type)) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(status)) {
            return false;
        }
        if (!levels.isEmpty() && !levels.contains(level)) {
            return false;
        }
        LocalDate d = LocalDate.parse(date.substring(0, 10));
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** This filter on another page. */
    public TimelineFilter page(int newPage, int newSize) {
        return new TimelineFilter(types, from, to, levels, statuses, newPage, newSize);
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static LocalDate date(String value, String name, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                return end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(v);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " is a date as yyyy, yyyy-mm or yyyy-mm-dd, not '" + value + "'");
    }
}
