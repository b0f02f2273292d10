package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A diplomatic event as one article reports it.
 *
 * @param countries ISO alpha-3 codes of the participating states, sorted (actors as a list, never a
 *     mirrored pair)
 * @param organizations keys of participating international organisations, sorted
 * @param date the day the event happened (its first day for multi-day events)
 * @param dateIsReportDate true when the text gives no date and the publication date stands in
 * @param host for visits: the country visited, when the text tells it
 * @param topics topic keys, in order of first appearance
 * @param actedBy who acted, kept only where it tells this event from another of the same type, actors
 *     and date (a sanction and the counter-sanction of the same day)
 */
public record DiplomaticEvent(EventType type, List<String> countries, List<String> organizations,
                              List<Participant> persons, LocalDate date, Optional<LocalDate> endDate,
                              boolean dateIsReportDate, EventStatus status, Optional<String> host,
                              List<String> topics, List<Evidence> evidence, Optional<String> actedBy) {

    public DiplomaticEvent {
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
        persons = List.copyOf(persons);
        topics = List.copyOf(topics);
        evidence = oncePerSentence(evidence);
    }

    public DiplomaticEvent(EventType type, List<String> countries, List<String> organizations,
                           List<Participant> persons, LocalDate date, Optional<LocalDate> endDate,
                           boolean dateIsReportDate, EventStatus status, Optional<String> host,
                           List<String> topics, List<Evidence> evidence) {
        this(type, countries, organizations, persons, date, endDate, dateIsReportDate, status, host, topics, evidence,
                Optional.empty());
    }

    /**
     * The identity of the event across articles: type, sorted actors and date. Two reports of the
     * same call give the same key, so they become one event with two sources. Where one article tells
     * two such acts apart by who acted, that side is part of the key.
     */
    public String key() {
        List<String> actors = new java.util.ArrayList<>(countries);
        actors.addAll(organizations);
        actors.sort(null);
        return type.localName() + "|" + String.join(",", actors) + "|" + date + actedBy.map(a -> "|" + a).orElse("");
    }

    /** The same event, told apart from another of the same key by the side that acted. */
    public DiplomaticEvent actedBy(String side) {
        return new DiplomaticEvent(type, countries, organizations, persons, date, endDate, dateIsReportDate, status,
                host, topics, evidence, Optional.of(side));
    }

    /** The same event with other countries and organisations taking part. */
    public DiplomaticEvent withActors(List<String> otherCountries, List<String> otherOrganizations) {
        return new DiplomaticEvent(type, otherCountries, otherOrganizations, persons, date, endDate, dateIsReportDate,
                status, host, topics, evidence, actedBy);
    }

    /** The same event with other participants. */
    public DiplomaticEvent withPersons(List<Participant> others) {
        return new DiplomaticEvent(type, countries, organizations, others, date, endDate, dateIsReportDate, status,
                host, topics, evidence, actedBy);
    }

    /**
     * One evidence per sentence, the surest: reports merged from several triggers of one sentence
     * (a split contact, a summit joined by its participants) are one mention of the event.
     */
    private static List<Evidence> oncePerSentence(List<Evidence> all) {
        java.util.Map<Integer, Evidence> bySentence = new java.util.LinkedHashMap<>();
        for (Evidence e : all) {
            bySentence.merge(e.start(), e, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return List.copyOf(bySentence.values());
    }
}
