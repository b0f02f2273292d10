package org.diplograph.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplograph.rdf.DG;
import org.diplograph.store.GraphStore;

/**
 * Builds bilateral timelines from the store, in one read transaction. Countries are given by ISO
 * alpha-3 code. Thread-safe.
 */
@ApplicationScoped
public class TimelineService {

    private final GraphStore store;
    private final Query events = load("bilateral-events.rq");
    private final Query actors = load("event-actors.rq");
    private final Query persons = load("event-persons.rq");
    private final Query topics = load("event-topics.rq");
    private final Query sources = load("event-sources.rq");
    private final Query country = QueryFactory.create("""
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?country ?labelZh ?labelEn WHERE {
              ?country dg:iso3166Alpha3 ?iso3 .
              OPTIONAL { ?country rdfs:label ?labelZh FILTER (LANG(?labelZh) = "zh") }
              OPTIONAL { ?country rdfs:label ?labelEn FILTER (LANG(?labelEn) = "en") }
            } LIMIT 1""");

    public TimelineService(GraphStore store) {
        this.store = store;
    }

    /**
     * The events both countries took part in, oldest first.
     *
     * @throws IllegalArgumentException when a code is malformed or names no known country
     */
    public Timeline bilateral(String isoA, String isoB) {
        return store.read(ds -> {
            Timeline.Actor a = country(ds, isoA);
            Timeline.Actor b = country(ds, isoB);
            List<Timeline.Event> list = new ArrayList<>();
            for (QuerySolution row : select(ds, events, "a", resource(a.iri()), "b", resource(b.iri()))) {
                list.add(event(ds, row));
            }
            return new Timeline(a, b, list);
        });
    }

    private Timeline.Actor country(Dataset ds, String code) {
        String iso3 = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("countries are given as ISO 3166-1 alpha-3 codes (a=KOR&b=CHN), not '"
                    + code + "'");
        }
        List<QuerySolution> rows = select(ds, country, "iso3", ResourceFactory.createStringLiteral(iso3), null, null);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("unknown country code: " + iso3);
        }
        QuerySolution row = rows.get(0);
        return new Timeline.Actor(row.getResource("country").getURI(), iso3, text(row, "labelZh"), text(row, "labelEn"));
    }

    private Timeline.Event event(Dataset ds, QuerySolution row) {
        RDFNode event = row.getResource("event");
        List<Timeline.Actor> actorList = map(select(ds, actors, "event", event, null, null), r -> new Timeline.Actor(
                r.getResource("actor").getURI(), text(r, "iso3"), text(r, "labelZh"), text(r, "labelEn")));
        List<Timeline.Person> personList = map(select(ds, persons, "event", event, null, null), r -> new Timeline.Person(
                r.getResource("person").getURI(), text(r, "name"),
                r.contains("position") ? new Timeline.Named(r.getResource("position").getURI(), text(r, "positionZh"),
                        text(r, "positionEn")) : null,
                text(r, "iso3")));
        List<Timeline.Named> topicList = map(select(ds, topics, "event", event, null, null), r -> new Timeline.Named(
                r.getResource("topic").getURI(), text(r, "labelZh"), text(r, "labelEn")));
        List<Timeline.Source> sourceList = map(select(ds, sources, "event", event, null, null), r -> new Timeline.Source(
                r.getResource("article").getURI(), r.get("url").toString(), text(r, "title"), text(r, "published"),
                text(r, "outlet")));
        String type = row.getResource("type").getURI().substring(DG.NS.length());
        String status = row.getResource("status").getURI().substring(DG.NS.length());
        return new Timeline.Event(event.asResource().getURI(), type, text(row, "date"), text(row, "endDate"), status,
                row.getLiteral("reportDate").getBoolean(), text(row, "labelZh"), text(row, "labelEn"), actorList,
                personList, topicList, sourceList);
    }

    /** Runs a query with up to two variables bound by substitution (never by editing the query text). */
    private static List<QuerySolution> select(Dataset ds, Query query, String var1, RDFNode value1, String var2,
                                              RDFNode value2) {
        var builder = QueryExecution.create().query(query).dataset(ds).substitution(var1, value1);
        if (var2 != null) {
            builder.substitution(var2, value2);
        }
        try (QueryExecution exec = builder.build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet results = exec.execSelect();
            results.forEachRemaining(rows::add);
            return rows;
        }
    }

    private static <T> List<T> map(List<QuerySolution> rows, Function<QuerySolution, T> f) {
        return rows.stream().map(f).toList();
    }

    private static RDFNode resource(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static Query load(String name) {
        try (InputStream in = TimelineService.class.getClassLoader().getResourceAsStream("timeline/" + name)) {
            if (in == null) {
                throw new IllegalStateException("timeline/" + name + " missing from the class path");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
