package org.diplograph.timeline;

import java.util.List;
import org.diplograph.web.Label;

/**
 * Contacts of a country or person ({@code a}) with another ({@code b}, null for all its contacts), in
 * date order: one page of them, with the size of the whole selection.
 *
 * @param total the number of events that pass the filter, over all pages
 */
public record Timeline(Actor a, Actor b, List<Event> events, int total, int page, int size) {

    /** A country, organisation or person, named in Chinese and English; {@code iso3} only for countries. */
    public record Actor(String iri, String iso3, String label, String labelEn) {

        public Label name() {
            return new Label(label, labelEn);
        }
    }

    /** A named resource (topic, position). */
    public record Named(String iri, String label, String labelEn) {

        public Label name() {
            return new Label(label, labelEn);
        }
    }

    /** A person with the position and country the reports state for this event. */
    public record Person(String iri, String label, Named position, String country) {
    }

    /** An article reporting the event. */
    public record Source(String iri, String url, String title, String published, String outlet) {
    }

    /**
     * One contact.
     *
     * @param dateIsReportDate true when the articles gave no date and the report date stands in
     * @param level            the highest level among the persons taking part: head, minister or other
     */
    public record Event(String id, String type, String date, String endDate, String status, boolean dateIsReportDate,
                        String label, String labelEn, String level, List<Actor> actors, List<Person> participants,
                        List<Named> topics, List<Source> sources) {

        public Label name() {
            return new Label(label, labelEn);
        }

        public String year() {
            return date.substring(0, 4);
        }
    }

    /** The number of pages. */
    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
