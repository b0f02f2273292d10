package org.diplograph.linkeddata;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplograph.store.GraphStore;
import org.diplograph.store.StoredQuery;
import org.diplograph.web.Label;

/**
 * Finds countries, persons, organisations, topics and articles by any of their names, in simplified
 * or traditional Chinese (the reference data carries {@code @zh-Hant} labels and aliases) or English,
 * from a part of the name. Thread-safe.
 */
@ApplicationScoped
public class SearchService {

    /** Longest input searched: a name, not a document. */
    static final int MAX_INPUT = 100;

    private static final StoredQuery SEARCH = StoredQuery.load("linkeddata/search.rq");

    private final GraphStore store;

    public SearchService(GraphStore store) {
        this.store = store;
    }

    /**
     * Up to {@code limit} resources whose label, alias, preferred label or headline contains the input,
     * ignoring case; exact matches first, then countries, persons, organisations, topics and articles, prefixes before
     * other matches. The input is bound as a literal by substitution:
     * <pre>FILTER (CONTAINS(LCASE(STR(?label)), ?q))</pre>
     */
    public List<Views.Hit> search(String input, int limit) {
        String q = normalise(input);
        if (q.isEmpty()) {
            return List.of();
        }
        return store.read(ds -> SEARCH.select(ds, Map.of("q", ResourceFactory.createStringLiteral(q))).stream()
                .limit(limit).map(SearchService::hit).toList());
    }

    static String normalise(String input) {
        if (input == null) {
            return "";
        }
        String q = Normalizer.normalize(input, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (q.length() > MAX_INPUT) {
            throw new IllegalArgumentException("search input longer than " + MAX_INPUT + " characters");
        }
        return q;
    }

    private static Views.Hit hit(QuerySolution r) {
        String iri = r.getResource("resource").getURI();
        String matched = PageService.text(r, "matched");
        Label label = new Label(PageService.text(r, "zh"), PageService.text(r, "en")).or(matched);
        String kind = switch (PageService.localName(r.getResource("class").getURI())) {
            case "Country" -> "country";
            case "Person" -> "person";
            case "Organization" -> "organization";
            case "Topic" -> "topic";
            default -> "article";
        };
        return new Views.Hit(new Views.Link(iri, label), kind, matched);
    }
}
