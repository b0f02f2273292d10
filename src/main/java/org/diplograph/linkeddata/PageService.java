package org.diplograph.linkeddata;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.DiplographConfig;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.IriMinter;
import org.diplograph.store.GraphStore;
import org.diplograph.store.StoredQuery;
import org.diplograph.web.Label;
import org.diplograph.web.Paged;

/**
 * Reads what the resource pages show, one read transaction per page, with the SPARQL under
 * {@code linkeddata/}. Resources are named by kind and key as in their IRI {@code {base}id/{kind}/{key}};
 * an unknown resource is {@link UnknownResourceException}. Thread-safe.
 */
@ApplicationScoped
public class PageService {

    static final String SCHEMA = "https://schema.org/";

    private static final StoredQuery DESCRIBE = StoredQuery.load("linkeddata/describe.rq");
    private static final StoredQuery EXISTS = StoredQuery.load("linkeddata/exists.rq");
    private static final StoredQuery PROPERTIES = StoredQuery.load("linkeddata/properties.rq");
    private static final StoredQuery EVENTS_BY = StoredQuery.load("linkeddata/events-by.rq");
    private static final StoredQuery LATEST = StoredQuery.load("linkeddata/latest-events.rq");
    private static final StoredQuery COUNTS = StoredQuery.load("linkeddata/counts.rq");
    private static final StoredQuery TYPE_COUNTS = StoredQuery.load("linkeddata/type-counts.rq");
    private static final StoredQuery PARTNERS = StoredQuery.load("linkeddata/country-partners.rq");
    private static final StoredQuery COUNTRY_PERSONS = StoredQuery.load("linkeddata/country-persons.rq");
    private static final StoredQuery POSITIONS = StoredQuery.load("linkeddata/person-positions.rq");
    private static final StoredQuery COUNTRIES_MET = StoredQuery.load("linkeddata/person-countries.rq");
    private static final StoredQuery EVENT_TYPES = StoredQuery.load("linkeddata/event-types.rq");
    private static final StoredQuery PARTICIPANTS = StoredQuery.load("linkeddata/event-participants.rq");
    private static final StoredQuery SOURCES = StoredQuery.load("linkeddata/event-sources.rq");

    /** Names of the kinds counted on the home page, in the order shown. */
    private static final List<String> KIND_ORDER = List.of("DiplomaticEvent", "NewsArticle", "Country", "Person",
            "Organization", "Topic");
    private static final Map<String, Label> KIND_LABELS = Map.of(
            "DiplomaticEvent", new Label("外交事件", "diplomatic events"), "NewsArticle", new Label("新闻文章", "news articles"),
            "Country", new Label("国家和地区", "countries and territories"), "Person", new Label("人物", "persons"),
            "Organization", new Label("组织和媒体", "organisations and outlets"), "Topic", new Label("议题", "topics"));

    private final GraphStore store;
    private final IriMinter iris;

    public PageService(GraphStore store, DiplographConfig config) {
        this.store = store;
        this.iris = new IriMinter(config.baseUri());
    }

    /**
     * The IRI of a resource given by the kind and key of its path, if the store knows it.
     *
     * @throws UnknownResourceException for a malformed kind or key, or a resource the store does not hold
     */
    public String iri(String kind, String key) {
        String iri = iris.base() + "id/" + kind + "/" + key;
        if (!isKind(kind) || iris.parse(iri).isEmpty()
                || !store.read(ds -> EXISTS.ask(ds, Map.of("resource", resource(iri))))) {
            throw new UnknownResourceException(kind + "/" + key);
        }
        return iri;
    }

    /**
     * The RDF describing a resource: its own triples and the labels of the resources it links to.
     * <pre>CONSTRUCT { ?resource ?p ?o . ?o rdfs:label ?label } WHERE { ?resource ?p ?o . OPTIONAL { ?o rdfs:label ?label } }</pre>
     */
    public Model describe(String iri) {
        return store.read(ds -> {
            Model m = DESCRIBE.construct(ds, Map.of("resource", resource(iri)));
            m.setNsPrefix("dg", DG.NS).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("skos", SKOS.getURI())
                    .setNsPrefix("schema", SCHEMA).setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                    .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("id", iris.base() + "id/");
            return m;
        });
    }

    /** A country: names, ISO code, Wikidata item, its persons, partners by contacts and its events, newest first. */
    public Views.CountryPage country(String iri, int page) {
        return store.read(ds -> {
            Props p = props(ds, iri);
            List<Views.EventRow> events = new ArrayList<>(events(ds, iri, DG.participant));
            Collections.reverse(events);
            return new Views.CountryPage(p.self(iri), new Label(p.literal(RDFS.getURI() + "label", "zh-hant"), null),
                    p.literal(DG.iso3166Alpha3.getURI(), null), p.link(SCHEMA + "sameAs"),
                    p.literals(SKOS.altLabel.getURI()),
                    counted(ds, COUNTRY_PERSONS, iri, "person", null), counted(ds, PARTNERS, iri, "other", "iso3"),
                    Paged.of(events, page));
        });
    }

    /** A person: positions held and for which country, countries met, events oldest first. */
    public Views.PersonPage person(String iri, int page) {
        return store.read(ds -> {
            Props p = props(ds, iri);
            List<Views.PositionHeld> positions = new ArrayList<>();
            for (QuerySolution r : POSITIONS.select(ds, Map.of("resource", resource(iri)))) {
                positions.add(new Views.PositionHeld(link(r, "position", "pzh", "pen"), link(r, "country", "czh", "cen"),
                        text(r, "first"), text(r, "last"), r.getLiteral("n").getInt()));
            }
            return new Views.PersonPage(p.self(iri), positions, counted(ds, COUNTRIES_MET, iri, "country", "iso3"),
                    Paged.of(events(ds, iri, DG.participant), page));
        });
    }

    /** An event: type with CAMEO code, date, status, participants, topics and sources with evidence. */
    public Views.EventPage event(String iri) {
        return store.read(ds -> {
            Props p = props(ds, iri);
            Map<String, RDFNode> bind = Map.of("resource", resource(iri));
            Views.Link type = null;
            String cameo = null;
            for (QuerySolution r : EVENT_TYPES.select(ds, bind)) {
                type = link(r, "type", "zh", "en");
                cameo = text(r, "code");
            }
            List<Views.Participant> persons = new ArrayList<>();
            List<Views.Link> actors = new ArrayList<>();
            for (QuerySolution r : PARTICIPANTS.select(ds, bind)) {
                Views.Link actor = link(r, "actor", "zh", "en");
                if (r.getResource("kind").equals(DG.Person)) {
                    persons.add(new Views.Participant(actor, link(r, "position", "pzh", "pen"),
                            link(r, "country", "czh", "cen")));
                } else {
                    actors.add(actor);
                }
            }
            Map<String, Views.Source> sources = new LinkedHashMap<>();
            for (QuerySolution r : SOURCES.select(ds, bind)) {
                String article = r.getResource("article").getURI();
                Views.Source s = sources.computeIfAbsent(article, a -> new Views.Source(
                        new Views.Link(a, new Label(text(r, "headline"), text(r, "headline"))), text(r, "url"),
                        text(r, "headline"), text(r, "published"), link(r, "outlet", "outletZh", "outletEn"),
                        new ArrayList<>()));
                String sentence = text(r, "sentence");
                if (sentence != null && !s.sentences().contains(sentence)) {
                    s.sentences().add(sentence);
                }
            }
            Views.Link status = p.first(DG.status.getURI());
            return new Views.EventPage(p.self(iri), type, cameo, p.literal(DG.date.getURI(), null),
                    p.literal(DG.endDate.getURI(), null), status == null ? Label.NONE : status.label(),
                    "true".equals(p.literal(DG.dateIsReportDate.getURI(), null)), persons, actors,
                    p.links(DG.topic.getURI()), List.copyOf(sources.values()));
        });
    }

    /** An article: headline, outlet, URL, publication time and the events read from it. */
    public Views.ArticlePage article(String iri, int page) {
        return store.read(ds -> {
            Props p = props(ds, iri);
            return new Views.ArticlePage(p.self(iri), p.literal(SCHEMA + "headline", null), p.link(SCHEMA + "url"),
                    p.literal(SCHEMA + "datePublished", null), p.literal(SCHEMA + "inLanguage", null),
                    p.first(SCHEMA + "publisher"), Paged.of(events(ds, iri, DG.reportedBy), page));
        });
    }

    /** A topic: label, scheme, events per year and the events about it, oldest first. */
    public Views.TopicPage topic(String iri, int page) {
        return store.read(ds -> {
            Props p = props(ds, iri);
            List<Views.EventRow> events = events(ds, iri, DG.topic);
            Map<String, Integer> years = new TreeMap<>();
            for (Views.EventRow e : events) {
                years.merge(e.date().substring(0, 4), 1, Integer::sum);
            }
            List<Views.Counted> perYear = new ArrayList<>();
            years.forEach((y, n) -> perYear.add(new Views.Counted(null, y, n)));
            return new Views.TopicPage(p.self(iri), p.first(SKOS.inScheme.getURI()), perYear, Paged.of(events, page));
        });
    }

    /** Any other resource: every property with its values, linked resources by label, and its events. */
    public Views.GenericPage generic(String iri, String kind, int page) {
        return store.read(ds -> {
            Props p = props(ds, iri);
            List<Views.Property> properties = new ArrayList<>();
            p.values.forEach((prop, values) -> properties.add(new Views.Property(prop, localName(prop), values)));
            return new Views.GenericPage(p.self(iri), kind, properties,
                    Paged.of(events(ds, iri, DG.participant), page));
        });
    }

    /** The home page: resources per kind, events per type, latest events. */
    public Views.HomePage home() {
        return store.read(ds -> {
            List<Views.Counted> kinds = new ArrayList<>();
            for (QuerySolution r : COUNTS.select(ds, Map.of())) {
                String name = localName(r.getResource("class").getURI());
                kinds.add(new Views.Counted(new Views.Link(r.getResource("class").getURI(),
                        KIND_LABELS.getOrDefault(name, new Label(name, name))), name, r.getLiteral("n").getInt()));
            }
            kinds.sort(java.util.Comparator.comparingInt(k -> KIND_ORDER.indexOf(k.code())));
            List<Views.Counted> types = new ArrayList<>();
            for (QuerySolution r : TYPE_COUNTS.select(ds, Map.of())) {
                types.add(new Views.Counted(link(r, "type", "zh", "en"), localName(r.getResource("type").getURI()),
                        r.getLiteral("n").getInt()));
            }
            return new Views.HomePage(kinds, types, map(LATEST.select(ds, Map.of()), PageService::eventRow));
        });
    }

    private List<Views.EventRow> events(Dataset ds, String iri, org.apache.jena.rdf.model.Property link) {
        return map(EVENTS_BY.select(ds, Map.of("resource", resource(iri), "link", link)), PageService::eventRow);
    }

    static Views.EventRow eventRow(QuerySolution r) {
        String status = text(r, "status");
        Label statusLabel = status == null ? Label.NONE : statusLabel(localName(status));
        return new Views.EventRow(link(r, "event", "zh", "en"), text(r, "date"), new Label(text(r, "typeZh"),
                text(r, "typeEn")), statusLabel);
    }

    static Label statusLabel(String status) {
        return switch (status) {
            case "Occurred" -> new Label("已发生", "occurred");
            case "Planned" -> new Label("计划中", "planned");
            case "Cancelled" -> new Label("已取消", "cancelled");
            default -> new Label(status, status);
        };
    }

    private static List<Views.Counted> counted(Dataset ds, StoredQuery q, String iri, String var, String codeVar) {
        return map(q.select(ds, Map.of("resource", resource(iri))), r -> new Views.Counted(link(r, var, "zh", "en"),
                codeVar == null ? null : text(r, codeVar), r.getLiteral("n").getInt()));
    }

    /** The properties of a resource, read once per page. */
    private Props props(Dataset ds, String iri) {
        Props p = new Props();
        for (QuerySolution r : PROPERTIES.select(ds, Map.of("resource", resource(iri)))) {
            RDFNode o = r.get("o");
            String prop = r.getResource("p").getURI();
            Views.Value v = o.isLiteral()
                    ? new Views.Value(null, o.asLiteral().getLexicalForm())
                    : o.isURIResource() ? new Views.Value(new Views.Link(o.asResource().getURI(),
                            new Label(text(r, "zh"), text(r, "en")).or(localName(o.asResource().getURI()))), null)
                    : new Views.Value(null, o.toString());
            p.values.computeIfAbsent(prop, k -> new ArrayList<>()).add(v);
            if (o.isLiteral()) {
                p.langs.computeIfAbsent(prop, k -> new ArrayList<>()).add(
                        new String[] {o.asLiteral().getLanguage().toLowerCase(), o.asLiteral().getLexicalForm()});
            }
        }
        return p;
    }

    /** A resource's properties: values by property IRI, literals with their language tags. */
    private static final class Props {
        final Map<String, List<Views.Value>> values = new TreeMap<>();
        final Map<String, List<String[]>> langs = new TreeMap<>();

        Views.Link self(String iri) {
            String zh = literal(RDFS.getURI() + "label", "zh");
            String en = literal(RDFS.getURI() + "label", "en");
            if (zh == null && en == null) {
                zh = literal(RDFS.getURI() + "label", "");
                if (zh == null) {
                    zh = literal(RDFS.getURI() + "label", "zh-hant");
                }
                if (zh == null) {
                    zh = literal(SCHEMA + "headline", null);
                }
            }
            return new Views.Link(iri, new Label(zh, en).or(localName(iri)));
        }

        /** A literal value; {@code lang} null means any language, "" means no language tag. */
        String literal(String prop, String lang) {
            for (String[] l : langs.getOrDefault(prop, List.of())) {
                if (lang == null || l[0].equals(lang)) {
                    return l[1];
                }
            }
            return null;
        }

        List<String> literals(String prop) {
            return langs.getOrDefault(prop, List.of()).stream().map(l -> l[1]).distinct().toList();
        }

        List<Views.Link> links(String prop) {
            return values.getOrDefault(prop, List.of()).stream().filter(v -> v.link() != null).map(Views.Value::link)
                    .toList();
        }

        Views.Link first(String prop) {
            List<Views.Link> l = links(prop);
            return l.isEmpty() ? null : l.get(0);
        }

        String link(String prop) {
            Views.Link l = first(prop);
            return l == null ? null : l.iri();
        }
    }

    private static boolean isKind(String kind) {
        for (IriMinter.Kind k : IriMinter.Kind.values()) {
            if (k.segment().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static Views.Link link(QuerySolution r, String var, String zhVar, String enVar) {
        RDFNode node = r.get(var);
        if (node == null || !node.isURIResource()) {
            return null;
        }
        String iri = node.asResource().getURI();
        return new Views.Link(iri, new Label(text(r, zhVar), text(r, enVar)).or(localName(iri)));
    }

    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static Resource resource(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static <T> List<T> map(List<QuerySolution> rows, java.util.function.Function<QuerySolution, T> f) {
        return rows.stream().map(f).toList();
    }
}
