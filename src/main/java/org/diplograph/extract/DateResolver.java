package org.diplograph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the date expressions of Chinese news text against the publication day in the outlet's
 * time zone: full dates (2024年2月6日), partial ones (2月6日, 6日, 上月28日), ranges (2月6日至8日),
 * weekdays (周二, 上周五), relative days (昨天, 前天) and lunar festivals (除夕, 中秋). Stateless and thread-safe.
 */
final class DateResolver {

    private static final String DAY = "(\\d{1,2}) ?[日号]";
    /** Between the first and the last day of a range; days listed (22、23日) are one stretch too. */
    private static final String RANGE = "(?:至|到|-|—|～|~|、)";
    /** The first day of a range may go without 日 (6月22-23日). */
    private static final String FIRST_DAY = "(\\d{1,2})(?: ?[日号]|(?=" + RANGE + "\\d{1,2} ?[日号]))";
    private static final Pattern FULL = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月" + FIRST_DAY + "(?:" + RANGE + "(?:(\\d{1,2})月)?" + DAY + ")?");
    /** A day of a month, of the report's year or of the one a year word names (今年3月22日, 去年12月5日). */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:(今年|去年|明年)|(?<![\\d年]))(\\d{1,2})月" + FIRST_DAY + "(?:" + RANGE + "(?:(\\d{1,2})月)?" + DAY + ")?");
    private static final Pattern DAY_ONLY = Pattern.compile(
            "(?:(上月|上个月|本月|这个月)|(?<![\\d月]))" + FIRST_DAY + "(?:" + RANGE + DAY + ")?");
    private static final Pattern WEEKDAY = Pattern.compile("(上|下|本|这)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern RELATIVE = Pattern.compile("昨天|昨日|昨晚|前天|前日|今天|今日|今晨|今晚|明天|明日|后天");
    /** A month without a day (2021年3月, 今年4月, 3月): the whole month. */
    private static final Pattern MONTH = Pattern.compile("(?:(\\d{4})年|(今年|去年|明年)|(?<![\\d年一二三四五六七八九十]))"
            + "(\\d{1,2}|十[一二]|[一二三四五六七八九十])月(份|初|中旬|底|末|下旬|上旬)?(?![\\d至到])");
    private static final String CHINESE_MONTHS = "一二三四五六七八九十";
    /** A year alone (2012年, 去年): the whole year. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?!\\d{1,2}月|度)|(今年|去年|明年)(?![\\d上下本一二三四五六七八九十])");
    /** Years back (两年前, 10年前): that whole year. */
    private static final Pattern YEARS_AGO = Pattern.compile("(\\d{1,2}|一|两|二|三|四|五|六|七|八|九|十)年前");
    /** A week or month relative to the report (上周, 本月初, 上个月底). */
    private static final Pattern PERIOD = Pattern.compile("(上|下|本|这)(?:个)?(周|星期|月)(初|中旬|底|末)?(?![一二三四五六日天\\d])");
    /** A date followed by 电 or 报道 dates the dispatch, not the event (据韩联社2月7日电, 今天引述美联社报道). */
    private static final Pattern DATELINE_AFTER = Pattern.compile("\\A\\s*(?:[早晚]间?)?(?:电|讯|报道|消息|发布|发表的|援引|引述)");
    /** "2018年5月以来首次": a point of reference, not the day of the event. */
    private static final Pattern SINCE_AFTER = Pattern.compile("\\A\\s*(?:以来|至今|迄今)");
    /** Days or weeks back (三周前, 两天前): that day. */
    private static final Pattern UNITS_AGO = Pattern.compile(
            "(?<![\\d一两二三四五六七八九十几数])(\\d{1,2}|[一两二三四五六七八九十])(?:个)?(天|周|星期|礼拜)前");
    /** "周五（4月2日）", "昨天（12日）": one day said twice, the bracketed figure the exact one. */
    private static final Pattern RESTATED = Pattern.compile("\\A\\s*[（(]\\s*\\z");
    private static final String WEEKDAYS = "一二三四五六日";
    /**
     * A bare year earlier than this is more likely a count (1000年的历史) than the year of an act of
     * diplomacy; histories go back to treaties like 1689年的《尼布楚条约》.
     */
    private static final int EARLIEST_YEAR = 1500;
    // A month-day later than this after the report is taken to be from the previous year.
    private static final int FUTURE_DAYS = 60;

    private DateResolver() {
    }

    /**
     * Date expressions in {@code text[from, to)}, resolved against {@code reference}.
     *
     * @param planned whether the context speaks of something to come, which turns a bare weekday
     *     forward instead of back, and keeps a bare month later in the year in this year
     */
    static List<DateMention> find(String text, int from, int to, LocalDate reference, boolean planned) {
        List<DateMention> found = new ArrayList<>();
        String region = text.substring(from, to);
        Matcher m = FULL.matcher(region);
        while (m.find()) {
            LocalDate start = safeDate(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
            if (start != null) {
                Optional<LocalDate> end = rangeEnd(start, m.group(4), m.group(5));
                add(found, text, from + m.start(), from + m.end(), start, end);
            }
        }
        m = MONTH_DAY.matcher(region);
        while (m.find()) {
            if (overlaps(found, from + m.start(), from + m.end())) {
                continue;
            }
            int year = reference.getYear() + yearOffset(m.group(1));
            LocalDate start = safeDate(year, m.group(2), m.group(3));
            if (start == null) {
                continue;
            }
            if (m.group(1) == null && start.isAfter(reference.plusDays(FUTURE_DAYS))) {
                start = start.minusYears(1);
            }
            add(found, text, from + m.start(), from + m.end(), start, rangeEnd(start, m.group(4), m.group(5)));
        }
        m = DAY_ONLY.matcher(region);
        while (m.find()) {
            if (overlaps(found, from + m.start(), from + m.end())) {
                continue;
            }
            LocalDate month = reference.withDayOfMonth(1);
            int day = Integer.parseInt(m.group(2));
            if (m.group(1) != null && m.group(1).startsWith("上")) {
                month = month.minusMonths(1);
            } else if (m.group(1) == null && day > reference.getDayOfMonth() + 3 && !planned) {
                // "28日" read on the 2nd means the 28th of the month before, unless it is still to come.
                month = month.minusMonths(1);
            } else if (m.group(1) == null && planned && day < reference.getDayOfMonth() - 3) {
                // "将于2日" read on the 28th means next month.
                month = month.plusMonths(1);
            }
            if (day < 1 || day > month.lengthOfMonth()) {
                continue;
            }
            LocalDate start = month.withDayOfMonth(day);
            Optional<LocalDate> end = Optional.empty();
            if (m.group(3) != null) {
                int last = Integer.parseInt(m.group(3));
                if (last > day && last <= month.lengthOfMonth()) {
                    end = Optional.of(month.withDayOfMonth(last));
                }
            }
            add(found, text, from + m.start(), from + m.end(), start, end);
        }
        m = LunarFestival.NAMED.matcher(region);
        while (m.find()) {
            if (!overlaps(found, from + m.start(), from + m.end())) {
                Optional<LocalDate> day = LunarFestival.day(m, reference, planned);
                if (day.isPresent()) {
                    add(found, text, from + m.start(), from + m.end(), day.get(), Optional.empty());
                }
            }
        }
        m = WEEKDAY.matcher(region);
        while (m.find()) {
            if (!overlaps(found, from + m.start(), from + m.end())) {
                LocalDate date = weekday(reference, m.group(1), WEEKDAYS.indexOf(m.group(2).replace('天', '日')) + 1,
                        planned);
                add(found, text, from + m.start(), from + m.end(), date, Optional.empty());
            }
        }
        m = UNITS_AGO.matcher(region);
        while (m.find()) {
            if (!overlaps(found, from + m.start(), from + m.end())) {
                int days = count(m.group(1)) * (m.group(2).equals("天") ? 1 : 7);
                add(found, text, from + m.start(), from + m.end(), reference.minusDays(days), Optional.empty());
            }
        }
        m = RELATIVE.matcher(region);
        while (m.find()) {
            if (!overlaps(found, from + m.start(), from + m.end())) {
                add(found, text, from + m.start(), from + m.end(), relative(reference, m.group()), Optional.empty());
            }
        }
        m = PERIOD.matcher(region);
        while (m.find()) {
            if (!overlaps(found, from + m.start(), from + m.end())) {
                LocalDate[] range = period(reference, m.group(1), m.group(2), m.group(3));
                add(found, text, from + m.start(), from + m.end(), range[0], Optional.of(range[1]), true);
            }
        }
        m = MONTH.matcher(region);
        while (m.find()) {
            if (overlaps(found, from + m.start(), from + m.end())) {
                continue;
            }
            int month = monthNumber(m.group(3));
            if (month < 1 || month > 12) {
                continue;
            }
            int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : reference.getYear() + yearOffset(m.group(2));
            LocalDate first = LocalDate.of(year, month, 1);
            if (m.group(1) == null && m.group(2) == null && first.isAfter(reference.plusDays(FUTURE_DAYS)) && !planned) {
                // "10月" read in July is last October, unless it is still to come (将于10月).
                first = first.minusYears(1);
            }
            LocalDate[] range = partOfMonth(first, m.group(4));
            add(found, text, from + m.start(), from + m.end(), range[0], Optional.of(range[1]), true);
        }
        m = YEARS_AGO.matcher(region);
        while (m.find()) {
            if (!overlaps(found, from + m.start(), from + m.end())) {
                int year = reference.getYear() - count(m.group(1));
                add(found, text, from + m.start(), from + m.end(), LocalDate.of(year, 1, 1),
                        Optional.of(LocalDate.of(year, 12, 31)), true);
            }
        }
        m = YEAR.matcher(region);
        while (m.find()) {
            if (!overlaps(found, from + m.start(), from + m.end())) {
                int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : reference.getYear() + yearOffset(m.group(2));
                if (year >= EARLIEST_YEAR && year < 2200) {
                    add(found, text, from + m.start(), from + m.end(), LocalDate.of(year, 1, 1),
                            Optional.of(LocalDate.of(year, 12, 31)), true);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return withoutRestatements(text, found);
    }

    /** Of a day said twice (周五（4月2日）, 5月29日（周六）), the one written in figures. */
    private static List<DateMention> withoutRestatements(String text, List<DateMention> found) {
        List<DateMention> kept = new ArrayList<>(found);
        for (int i = 0; i + 1 < found.size(); i++) {
            DateMention first = found.get(i);
            DateMention second = found.get(i + 1);
            String between = text.substring(first.end(), second.start());
            boolean closed = second.end() < text.length() && "）)".indexOf(text.charAt(second.end())) >= 0;
            if (!RESTATED.matcher(between).matches() || !closed) {
                continue;
            }
            boolean firstInFigures = inFigures(text, first);
            if (firstInFigures != inFigures(text, second)) {
                kept.remove(firstInFigures ? second : first);
            }
        }
        return kept;
    }

    private static boolean inFigures(String text, DateMention date) {
        return text.substring(date.start(), date.end()).chars().anyMatch(Character::isDigit);
    }

    /** 3, 三 or 两 as a number. */
    private static int count(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(written);
        }
        return written.equals("两") ? 2 : CHINESE_MONTHS.indexOf(written) + 1;
    }

    /** 3, 三 or 十二 as a month number. */
    private static int monthNumber(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        return written.length() == 2 ? 10 + CHINESE_MONTHS.indexOf(written.charAt(1)) + 1
                : CHINESE_MONTHS.indexOf(written.charAt(0)) + 1;
    }

    private static int yearOffset(String word) {
        if (word == null) {
            return 0;
        }
        return switch (word) {
            case "去年" -> -1;
            case "明年" -> 1;
            default -> 0;
        };
    }

    private static LocalDate[] period(LocalDate reference, String which, String unit, String part) {
        int shift = switch (which) {
            case "上" -> -1;
            case "下" -> 1;
            default -> 0;
        };
        if (unit.equals("月")) {
            return partOfMonth(reference.withDayOfMonth(1).plusMonths(shift), part);
        }
        LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        if ("末".equals(part)) {
            // 本周末: the Saturday and Sunday.
            return new LocalDate[] {monday.plusDays(5), monday.plusDays(6)};
        }
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    /** The days a month or part of it covers: 初 the first ten, 中旬 the middle ten, 底/末/下旬 the rest. */
    private static LocalDate[] partOfMonth(LocalDate first, String part) {
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        if (part == null || part.equals("份")) {
            return new LocalDate[] {first, last};
        }
        return switch (part) {
            case "初", "上旬" -> new LocalDate[] {first, first.plusDays(9)};
            case "中旬" -> new LocalDate[] {first.plusDays(10), first.plusDays(19)};
            default -> new LocalDate[] {first.plusDays(20), last};
        };
    }

    private static void add(List<DateMention> found, String text, int start, int end, LocalDate date,
                            Optional<LocalDate> endDate) {
        add(found, text, start, end, date, endDate, false);
    }

    private static void add(List<DateMention> found, String text, int start, int end, LocalDate date,
                            Optional<LocalDate> endDate, boolean vague) {
        String after = text.substring(end, Math.min(text.length(), end + 8));
        boolean dateline = DATELINE_AFTER.matcher(after).find() || SINCE_AFTER.matcher(after).find();
        found.add(new DateMention(start, end, date, endDate, dateline, vague));
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        return found.stream().anyMatch(d -> d.start() < end && start < d.end());
    }

    private static LocalDate safeDate(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException invalid) {
            return null;
        }
    }

    private static Optional<LocalDate> rangeEnd(LocalDate start, String month, String day) {
        if (day == null) {
            return Optional.empty();
        }
        LocalDate end = safeDate(start.getYear(), month == null ? String.valueOf(start.getMonthValue()) : month, day);
        if (end != null && end.isBefore(start)) {
            end = end.plusYears(1);
        }
        return end == null || !end.isAfter(start) ? Optional.empty() : Optional.of(end);
    }

    private static LocalDate weekday(LocalDate reference, String week, int isoDay, boolean planned) {
        DayOfWeek day = DayOfWeek.of(isoDay);
        LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (week == null) {
            return planned ? reference.with(TemporalAdjusters.nextOrSame(day))
                    : reference.with(TemporalAdjusters.previousOrSame(day));
        }
        return switch (week) {
            case "上" -> monday.minusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
            case "下" -> monday.plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
            default -> monday.with(TemporalAdjusters.nextOrSame(day));
        };
    }

    private static LocalDate relative(LocalDate reference, String word) {
        return switch (word) {
            case "昨天", "昨日", "昨晚" -> reference.minusDays(1);
            case "前天", "前日" -> reference.minusDays(2);
            case "明天", "明日" -> reference.plusDays(1);
            case "后天" -> reference.plusDays(2);
            default -> reference;
        };
    }
}
