package org.diplograph.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the lunar calendar that news names instead of a date ("两国元首除夕通话", 春节, 元宵节, 中秋节): each is
 * looked up in a table of the Gregorian days of the festivals. Without a year word it is the latest such day
 * not after the report, or for what is still to come the next one not before it. Stateless.
 */
final class LunarFestival {

    /** The festival, after a year word at most (今年春节, 去年除夕). */
    static final Pattern NAMED = Pattern.compile("(今年|去年|明年)?(?:农历)?(除夕|大年三十|春节|大年初一|元宵节|元宵|中秋节|中秋)"
            + "(?!前|后|以来|期间|假|档|晚会|联欢|团拜|长假)");

    /** The first day of the lunar year (春节), by Gregorian year. */
    private static final Map<Integer, LocalDate> NEW_YEAR = Map.ofEntries(
            Map.entry(2010, LocalDate.of(2010, 2, 14)), Map.entry(2011, LocalDate.of(2011, 2, 3)),
            Map.entry(2012, LocalDate.of(2012, 1, 23)), Map.entry(2013, LocalDate.of(2013, 2, 10)),
            Map.entry(2014, LocalDate.of(2014, 1, 31)), Map.entry(2015, LocalDate.of(2015, 2, 19)),
            Map.entry(2016, LocalDate.of(2016, 2, 8)), Map.entry(2017, LocalDate.of(2017, 1, 28)),
            Map.entry(2018, LocalDate.of(2018, 2, 16)), Map.entry(2019, LocalDate.of(2019, 2, 5)),
            Map.entry(2020, LocalDate.of(2020, 1, 25)), Map.entry(2021, LocalDate.of(2021, 2, 12)),
            Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
            Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
            Map.entry(2030, LocalDate.of(2030, 2, 3)));

    /** The 15th of the eighth lunar month (中秋), by Gregorian year. */
    private static final Map<Integer, LocalDate> MID_AUTUMN = Map.ofEntries(
            Map.entry(2010, LocalDate.of(2010, 9, 22)), Map.entry(2011, LocalDate.of(2011, 9, 12)),
            Map.entry(2012, LocalDate.of(2012, 9, 30)), Map.entry(2013, LocalDate.of(2013, 9, 19)),
            Map.entry(2014, LocalDate.of(2014, 9, 8)), Map.entry(2015, LocalDate.of(2015, 9, 27)),
            Map.entry(2016, LocalDate.of(2016, 9, 15)), Map.entry(2017, LocalDate.of(2017, 10, 4)),
            Map.entry(2018, LocalDate.of(2018, 9, 24)), Map.entry(2019, LocalDate.of(2019, 9, 13)),
            Map.entry(2020, LocalDate.of(2020, 10, 1)), Map.entry(2021, LocalDate.of(2021, 9, 21)),
            Map.entry(2022, LocalDate.of(2022, 9, 10)), Map.entry(2023, LocalDate.of(2023, 9, 29)),
            Map.entry(2024, LocalDate.of(2024, 9, 17)), Map.entry(2025, LocalDate.of(2025, 10, 6)),
            Map.entry(2026, LocalDate.of(2026, 9, 25)), Map.entry(2027, LocalDate.of(2027, 9, 15)),
            Map.entry(2028, LocalDate.of(2028, 10, 3)), Map.entry(2029, LocalDate.of(2029, 9, 22)),
            Map.entry(2030, LocalDate.of(2030, 9, 12)));

    private LunarFestival() {
    }

    /**
     * The day a match of {@link #NAMED} stands for, read against {@code reference}; empty for a year the
     * tables do not hold.
     */
    static Optional<LocalDate> day(Matcher named, LocalDate reference, boolean planned) {
        String festival = named.group(2);
        String yearWord = named.group(1);
        if (yearWord != null) {
            int year = reference.getYear() + ("去年".equals(yearWord) ? -1 : "明年".equals(yearWord) ? 1 : 0);
            return inYear(festival, year);
        }
        Optional<LocalDate> thisYear = inYear(festival, reference.getYear());
        if (thisYear.isEmpty()) {
            return thisYear;
        }
        if (planned) {
            return thisYear.get().isBefore(reference) ? inYear(festival, reference.getYear() + 1) : thisYear;
        }
        return thisYear.get().isAfter(reference) ? inYear(festival, reference.getYear() - 1) : thisYear;
    }

    /** The festival's day in the Gregorian year of its lunar new year (除夕 is the day before 春节). */
    private static Optional<LocalDate> inYear(String festival, int year) {
        return switch (festival) {
            case "除夕", "大年三十" -> Optional.ofNullable(NEW_YEAR.get(year)).map(d -> d.minusDays(1));
            case "元宵节", "元宵" -> Optional.ofNullable(NEW_YEAR.get(year)).map(d -> d.plusDays(14));
            case "中秋节", "中秋" -> Optional.ofNullable(MID_AUTUMN.get(year));
            default -> Optional.ofNullable(NEW_YEAR.get(year));
        };
    }
}
