package org.diplograph.extract;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date expression found in text and resolved to calendar days.
 *
 * @param start offset of the expression in the analysed text
 * @param end offset just past it
 * @param dateline whether the expression dates the report (据韩联社2月7日电) or is a point of
 *     reference (2018年5月以来), not the day of an event
 * @param vague whether it names a period rather than days (上周, 3月, 2012年): {@code date} and
 *     {@code endDate} are then the period's first and last day
 */
record DateMention(int start, int end, LocalDate date, Optional<LocalDate> endDate, boolean dateline, boolean vague) {

    /** The last day the mention covers: the end of a range or period, else its one day. */
    LocalDate lastDay() {
        return endDate.orElse(date);
    }
}
