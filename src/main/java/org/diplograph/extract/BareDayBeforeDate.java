package org.diplograph.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "帛琉总统惠恕仁28日访台，4月1日返回帛琉", read on 17 March: a bare day is of the month that lets it come
 * shortly before the full date the sentence goes on to (the 28th of March, not of February). Stateless.
 */
final class BareDayBeforeDate {

    private static final Pattern BARE_DAY = Pattern.compile("\\A\\d{1,2} ?[日号]");
    private static final Pattern MONTH_AND_DAY = Pattern.compile("\\A(?:\\d{4}年)?\\d{1,2}月\\d{1,2} ?[日号]");
    /** How long before the later date the bare day may lie: within one stay or one trip. */
    private static final int MOST_DAYS = 31;

    private BareDayBeforeDate() {
    }

    /** The date, moved to the next month when a full date later in the sentence says it is of that month. */
    static DateMention moved(String text, DateMention day, List<DateMention> sentenceDates) {
        if (!BARE_DAY.matcher(text.substring(day.start(), day.end())).find()) {
            return day;
        }
        LocalDate shifted = day.date().plusMonths(1);
        if (shifted.getDayOfMonth() != day.date().getDayOfMonth()) {
            return day;
        }
        boolean later = sentenceDates.stream().anyMatch(d -> d.start() > day.end()
                && MONTH_AND_DAY.matcher(text.substring(d.start(), d.end())).find()
                && ChronoUnit.DAYS.between(day.date(), d.date()) > MOST_DAYS
                && !d.date().isBefore(shifted) && ChronoUnit.DAYS.between(shifted, d.date()) <= MOST_DAYS);
        return later ? new DateMention(day.start(), day.end(), shifted, day.endDate().map(e -> e.plusMonths(1)),
                day.dateline(), day.vague()) : day;
    }
}
