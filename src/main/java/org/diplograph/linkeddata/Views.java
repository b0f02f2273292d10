package org.diplograph.linkeddata;

import java.util.List;
import org.diplograph.web.Label;
import org.diplograph.web.Paged;

/** What the resource pages show, as plain records built by {@link PageService}. */
public final class Views {

    private Views() {
    }

    /** A link to one of our resources, shown by its label. */
    public record Link(String iri, Label label) {
    }

    /** A resource with a count (partners, persons, countries met, event types). */
    public record Counted(Link link, String code, int count) {
    }

    /** One event in a list. */
    public record EventRow(Link event, String date, Label type, Label status) {
    }

    /** One property value on the generic page: a link, or a literal. */
    public record Value(Link link, String literal) {
    }

    /** One property with its values, on the generic page. */
    public record Property(String iri, String name, List<Value> values) {
    }

    /** The page of a country. */
    public record CountryPage(Link self, Label hant, String iso3, String wikidata, List<String> aliases,
                              List<Counted> persons, List<Counted> partners, Paged<EventRow> events) {
    }

    /** The page of a person. */
    public record PersonPage(Link self, List<PositionHeld> positions, List<Counted> countriesMet,
                             Paged<EventRow> events) {
    }

    /** A position a person held in events, for a country, between two event dates. */
    public record PositionHeld(Link position, Link country, String first, String last, int count) {
    }

    /** The page of an event. */
    public record EventPage(Link self, Link type, String cameo, String date, String endDate, Label status,
                            boolean dateIsReportDate, List<Participant> participants, List<Link> actors,
                            List<Link> topics, List<Source> sources) {
    }

    /** A person taking part in an event, with position and country. */
    public record Participant(Link person, Link position, Link country) {
    }

    /** An article reporting an event, with the sentence it was read from. */
    public record Source(Link article, String url, String headline, String published, Link outlet,
                         List<String> sentences) {
    }

    /** The page of an article. */
    public record ArticlePage(Link self, String headline, String url, String published, String language,
                              Link outlet, Paged<EventRow> events) {
    }

    /** The page of a topic. */
    public record TopicPage(Link self, Link scheme, List<Counted> years, Paged<EventRow> events) {
    }

    /** The page of any other kind of resource: its properties and the events it took part in. */
    public record GenericPage(Link self, String kind, List<Property> properties, Paged<EventRow> events) {
    }

    /** The home page. */
    public record HomePage(List<Counted> kinds, List<Counted> types, List<EventRow> latest) {
    }

    /** A search hit. */
    public record Hit(Link link, String kind, String matched) {
    }
}
