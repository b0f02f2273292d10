package org.diplograph.timeline;

import java.util.List;

/** The contacts between two countries, in date order. */
public record Timeline(Actor a, Actor b, List<Event> events) {

    /** A country or organisation, named in Chinese and English. */
    public record Actor(String iri, String iso3, String label, String labelEn) {
    }

    /** A named resource (topic, position). */
    public record Named(String iri, String label, String labelEn) {
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
     */
    public record Event(String id, String type, String date, String endDate, String status, boolean dateIsReportDate,
                       String label, String labelEn, List<Actor> actors, List<Person> participants,
                       List<Named> topics, List<Source> sources) {
    }
}
