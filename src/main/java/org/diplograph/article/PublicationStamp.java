package org.diplograph.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The publication time an outlet prints at the top of a feed item's body (VOA "Fri, 17 Jul 2020
 * 03:46:53 GMT", Reuters "2020-07-21T10:05:00", RFI "21/07/2020 - 10:05"). It is the article's own
 * time, whereas the feed mirror's {@code <!--epoch-->} line records when the mirror fetched it, hours
 * later and sometimes on the next day. Stamps without a zone are the newsroom's local time.
 */
final class PublicationStamp {

    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("d/M/yyyy - HH:mm"));

    private PublicationStamp() {
    }

    static Optional<Instant> parse(String stamp, ZoneId newsroom) {
        String value = stamp.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            // try the next format
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException notRfc) {
            // try the next format
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(newsroom).toInstant());
            } catch (DateTimeParseException notThis) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
