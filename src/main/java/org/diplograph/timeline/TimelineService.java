package org.diplograph.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.DiplographConfig;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.IriMinter;
import org.diplograph.store.GraphStore;
import org.diplograph.store.StoredQuery;
import org.diplograph.web.Label;

/**
 * Builds timelines from the store, each in one read transaction: the contacts of a country or person
 * with another, or with anyone. A side is given by ISO alpha-3 code, by any name of a country (label
 * in either script or alias, ignoring case) or by the IRI of a country or person. Filters on type,
 * dates, status and level are applied to the light event rows before the details (actors, persons,
 * topics, sources) are read. Thread-safe.
 */
@ApplicationScoped
public class TimelineService {

    private static final StoredQuery EVENTS = StoredQuery.load("timeline/events.rq");
    private static final StoredQuery ACTORS = StoredQuery.load("timeline/event-actors.rq");
    private static final StoredQuery PERSONS = StoredQuery.load("timeline/event-persons.rq");
    private static final StoredQuery TOPICS = StoredQuery.load("timeline/event-topics.rq");
    private static final StoredQuery SOURCES = StoredQuery.load("timeline/event-sources.rq");
    private static final StoredQuery SIDE = StoredQuery.load("timeline/side.rq");
    private static final StoredQuery BY_CODE = StoredQuery.load("timeline/country-by-code.rq");
    private static final StoredQuery BY_NAME = StoredQuery.load("timeline/country-by-name.rq");
    private static final StoredQuery TYPES = StoredQuery.load("timeline/event-types.rq");
    private static final StoredQuery EXPORT = StoredQuery.load("timeline/export.rq");

    /** An event class with its labels and CAMEO code. */
    public record EventType(String name, String cameo, Label label) {
    }

    private final GraphStore store;
    private final IriMinter iris;

    public TimelineService(GraphStore store, DiplographConfig config) {
        this.store = store;
        this.iris = new IriMinter(config.baseUri());
    }

    /**
     * The page of events {@code filter} asks for, with the size of the whole selection. The events
     * come from {@code timeline/events.rq}, with the sides bound by substitution ({@code ?b} left free
     * for a one-sided timeline):
     * <pre>
     * SELECT ?event ?type ?date … (GROUP_CONCAT(DISTINCT STR(?lvl)) AS ?levels) WHERE {
     *   ?event a dg:DiplomaticEvent ; dg:participant ?a , ?b ; dg:date ?date ; dg:status ?st ; a ?type .
     *   OPTIONAL { ?event dg:participation/dg:position/dg:level ?lvl }
     * } GROUP BY ?event ?type ?date ORDER BY ?date ?event
     * </pre>
     *
     * @param b the other side, or null for every contact of {@code a}
     * @throws IllegalArgumentException when a side is malformed or names no known country or person
     */
    public Timeline timeline(String a, String b, TimelineFilter filter) {
        return store.read(ds -> {
            Selection s = selection(ds, a, b, filter);
            int from = Math.min((filter.page() - 1) * filter.size(), s.rows.size());
            int to = Math.min(from + filter.size(), s.rows.size());
            return new Timeline(s.a, s.b, details(ds, s.rows.subList(from, to)), s.rows.size(), filter.page(),
                    filter.size());
        });
    }

    /** Every event that passes the filter, with details, ignoring its page (charts, summaries, downloads). */
    public Timeline all(String a, String b, TimelineFilter filter) {
        return store.read(ds -> {
            Selection s = selection(ds, a, b, filter);
            return new Timeline(s.a, s.b, details(ds, s.rows), s.rows.size(), 1, Math.max(1, s.rows.size()));
        });
    }

    /**
     * The RDF of the events of a timeline: each event's triples, participation nodes and the labels
     * of what they link to (see {@code timeline/export.rq}).
     */
    public Model rdf(Timeline timeline) {
        return store.read(ds -> {
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefix("dg", DG.NS).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("schema", "https://schema.org/")
                    .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#").setNsPrefix("id", iris.base() + "id/");
            for (Timeline.Event e : timeline.events()) {
                m.add(EXPORT.construct(ds, Map.of("event", ResourceFactory.createResource(e.id()))));
            }
            return m;
        });
    }

    /** The event classes of the ontology, in CAMEO order, for filters and legends. */
    public List<EventType> types() {
        return store.read(ds -> map(TYPES.select(ds, Map.of()), r -> new EventType(
                r.getResource("type").getURI().substring(DG.NS.length()), text(r, "code"),
                new Label(text(r, "labelZh"), text(r, "labelEn")))));
    }

    private record Selection(Timeline.Actor a, Timeline.Actor b, List<QuerySolution> rows) {
    }

    private Selection selection(Dataset ds, String a, String b, TimelineFilter filter) {
        Timeline.Actor sideA = side(ds, a);
        Timeline.Actor sideB = b == null || b.isBlank() ? null : side(ds, b);
        Map<String, RDFNode> bind = new HashMap<>();
        bind.put("a", ResourceFactory.createResource(sideA.iri()));
        if (sideB != null) {
            bind.put("b", ResourceFactory.createResource(sideB.iri()));
        }
        List<QuerySolution> rows = new ArrayList<>();
        for (QuerySolution row : EVENTS.select(ds, bind)) {
            if (filter.keeps(local(row, "type"), text(row, "date"), local(row, "status"),
                    TimelineFilter.Level.of(text(row, "levels")))) {
                rows.add(row);
            }
        }
        return new Selection(sideA, sideB, rows);
    }

    /**
     * A side of a timeline: ISO code, IRI of a country or person, or a country's name, matched with
     * {@code ?resource a dg:Country ; ?prop ?label FILTER (LCASE(STR(?label)) = ?name)} over
     * {@code rdfs:label}, {@code skos:altLabel} and {@code skos:prefLabel}.
     */
    private Timeline.Actor side(Dataset ds, String given) {
        String value = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFKC).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs a country: a=KOR (ISO 3166-1 alpha-3 code, name or IRI)");
        }
        if (value.length() > 200) {
            throw new IllegalArgumentException("a side of a timeline is an ISO 3166-1 alpha-3 code, a name or an IRI");
        }
        if (value.matches("[A-Za-z]{3}")) {
            String iso3 = value.toUpperCase(Locale.ROOT);
            List<QuerySolution> rows = BY_CODE.select(ds, Map.of("iso3", ResourceFactory.createStringLiteral(iso3)));
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("unknown country code: " + iso3);
            }
            return new Timeline.Actor(rows.get(0).getResource("resource").getURI(), iso3, text(rows.get(0), "labelZh"),
                    text(rows.get(0), "labelEn"));
        }
        String iri;
        if (value.startsWith("http://") || value.startsWith("https://")) {
            if (iris.parse(value).isEmpty()) {
                throw new IllegalArgumentException("not one of this service's IRIs: " + value);
            }
            iri = value;
        } else {
            List<QuerySolution> rows = BY_NAME.select(ds, Map.of("name",
                    ResourceFactory.createStringLiteral(value.toLowerCase(Locale.ROOT))));
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("unknown country '" + value
                        + "': give an ISO 3166-1 alpha-3 code (a=KOR&b=CHN), a name of the country or an IRI");
            }
            iri = rows.get(0).getResource("resource").getURI();
        }
        List<QuerySolution> rows = SIDE.select(ds, Map.of("resource", ResourceFactory.createResource(iri)));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a side of a timeline is a country or a person: " + value);
        }
        QuerySolution r = rows.get(0);
        return new Timeline.Actor(iri, text(r, "iso3"), text(r, "labelZh"), text(r, "labelEn"));
    }

    private List<Timeline.Event> details(Dataset ds, List<QuerySolution> rows) {
        List<Timeline.Event> list = new ArrayList<>();
        for (QuerySolution row : rows) {
            list.add(event(ds, row));
        }
        return list;
    }

    private Timeline.Event event(Dataset ds, QuerySolution row) {
        Map<String, RDFNode> event = Map.of("event", row.getResource("event"));
        List<Timeline.Actor> actorList = map(ACTORS.select(ds, event), r -> new Timeline.Actor(
                r.getResource("actor").getURI(), text(r, "iso3"), text(r, "labelZh"), text(r, "labelEn")));
        List<Timeline.Person> personList = map(PERSONS.select(ds, event), r -> new Timeline.Person(
                r.getResource("person").getURI(), text(r, "name"),
                r.contains("position") ? new Timeline.Named(r.getResource("position").getURI(), text(r, "positionZh"),
                        text(r, "positionEn")) : null,
                text(r, "iso3")));
        List<Timeline.Named> topicList = map(TOPICS.select(ds, event), r -> new Timeline.Named(
                r.getResource("topic").getURI(), text(r, "labelZh"), text(r, "labelEn")));
        List<Timeline.Source> sourceList = map(SOURCES.select(ds, event), r -> new Timeline.Source(
                r.getResource("article").getURI(), r.get("url").toString(), text(r, "title"), text(r, "published"),
                text(r, "outlet")));
        return new Timeline.Event(row.getResource("event").getURI(), local(row, "type"), text(row, "date"),
                text(row, "endDate"), local(row, "status"), row.getLiteral("reportDate").getBoolean(),
                text(row, "labelZh"), text(row, "labelEn"), TimelineFilter.Level.of(text(row, "levels")).param(),
                actorList, personList, topicList, sourceList);
    }

    private static <T> List<T> map(List<QuerySolution> rows, Function<QuerySolution, T> f) {
        return rows.stream().map(f).toList();
    }

    private static String local(QuerySolution row, String var) {
        return row.getResource(var).getURI().substring(DG.NS.length());
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
