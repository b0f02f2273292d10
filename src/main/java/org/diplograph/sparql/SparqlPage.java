package org.diplograph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographConfig;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.IriMinter;
import org.diplograph.store.GraphStore;
import org.diplograph.web.MediaRange;

/**
 * The query page for browsers and what it needs: a static, offline page
 * ({@code META-INF/resources/sparql-ui/}: its own editor, highlighting and completion, no CDN), the
 * project's prefixes and example queries ({@code sparql/examples/*.rq}), and completion of entity
 * labels and prefixed names ({@code sparql/complete-*.rq}). Thread-safe.
 */
@ApplicationScoped
public class SparqlPage {

    /** Example queries, in the page's order; each file starts with a {@code # title} line. */
    static final List<String> EXAMPLES = List.of("contacts-between-two-countries", "who-met-whom-in-a-year",
            "topics-of-china-usa-contacts", "events-of-one-person", "events-reported-by-one-outlet",
            "events-per-month", "most-active-countries", "partners-of-china", "event-types-per-year",
            "evidence-sentences", "articles-per-outlet", "positions-of-participants", "planned-events");

    /** One example for the page. */
    public record Example(String id, String title, String query) {
    }

    /** A completion: the IRI, its label and type. */
    public record Completion(String iri, String label, String type) {
    }

    private static final long COMPLETION_TIMEOUT_MILLIS = 2000;

    private final byte[] html;
    private final GraphStore store;
    private final Map<String, String> prefixes;
    private final List<Example> examples;
    private final Query labelQuery;
    private final Query iriQuery;
    private final Query labelObjectQuery;
    private final Query iriObjectQuery;

    public SparqlPage(GraphStore store, DiplographConfig config) {
        this.store = store;
        this.html = resource("META-INF/resources/sparql-ui/index.html");
        IriMinter iris = new IriMinter(config.baseUri());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dg", DG.NS);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("schema", "https://schema.org/");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        p.put("dcterms", "http://purl.org/dc/terms/");
        for (IriMinter.Kind kind : IriMinter.Kind.values()) {
            p.put(kind.segment(), iris.base() + "id/" + kind.segment() + "/");
        }
        this.prefixes = Map.copyOf(p);
        List<Example> list = new ArrayList<>();
        for (String id : EXAMPLES) {
            String text = new String(resource("sparql/examples/" + id + ".rq"), StandardCharsets.UTF_8);
            String title = text.lines().findFirst().orElse("# " + id).replaceFirst("^#\\s*", "");
            String body = text.substring(text.indexOf('\n') + 1);
            list.add(new Example(id, title, withPrefixes(body)));
        }
        this.examples = List.copyOf(list);
        this.labelQuery = QueryFactory.create(new String(resource("sparql/complete-label.rq"), StandardCharsets.UTF_8));
        this.iriQuery = QueryFactory.create(new String(resource("sparql/complete-iri.rq"), StandardCharsets.UTF_8));
        this.labelObjectQuery = objectOf(labelQuery);
        this.iriObjectQuery = objectOf(iriQuery);
    }

    private static byte[] resource(String path) {
        try (InputStream in = SparqlPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path + " in the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The completion query restricted to values of a property: adds
     * {@code FILTER EXISTS { ?x ?predicate ?s }}, with {@code ?predicate} bound per request.
     */
    private static Query objectOf(Query base) {
        Query q = base.cloneQuery();
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(Var.alloc("x"), Var.alloc("predicate"), Var.alloc("s")));
        ((ElementGroup) q.getQueryPattern()).addElementFilter(new ElementFilter(new E_Exists(block)));
        return q;
    }

    /** The project's prefixes, with the configured base for the {@code id/} namespaces. */
    public Map<String, String> prefixes() {
        return new java.util.TreeMap<>(prefixes);
    }

    public List<Example> examples() {
        return examples;
    }

    /** Prepends the PREFIX declarations an example uses. */
    private String withPrefixes(String body) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(prefixes).forEach((name, ns) -> {
            if (body.matches("(?s).*(?<![\\w.-])" + name + ":.*")) {
                sb.append("PREFIX ").append(name).append(": <").append(ns).append(">\n");
            }
        });
        return sb.append(body).toString();
    }

    /**
     * Completions for what the user is typing: a prefixed name ({@code country:CH}, {@code dg:Pho})
     * completes on IRIs, anything else on labels ({@code 王}, {@code Chi}). With the property in
     * front of the word ({@code predicate}, e.g. {@code dg:participant} or {@code rdf:type}), only its
     * values are offered. Inputs are bound with {@code substitution}, never spliced into the query.
     */
    public List<Completion> complete(String text, String predicate) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 100) {
            return List.of();
        }
        int colon = t.indexOf(':');
        Query query;
        String var;
        Node value;
        boolean object = predicate != null && !predicate.isBlank();
        Node property = object ? NodeFactory.createURI(SparqlService.graphIri("predicate", predicate)) : null;
        if (colon > 0 && prefixes.containsKey(t.substring(0, colon))) {
            query = object ? iriObjectQuery : iriQuery;
            var = "start";
            value = NodeFactory.createLiteralString(prefixes.get(t.substring(0, colon)) + t.substring(colon + 1));
        } else {
            query = object ? labelObjectQuery : labelQuery;
            var = "text";
            value = NodeFactory.createLiteralString(t);
        }
        return Txn.calculateRead(store.dataset(), () -> {
            List<Completion> out = new ArrayList<>();
            var builder = QueryExec.dataset(store.dataset().asDatasetGraph()).query(query).substitution(var, value);
            if (property != null) {
                builder.substitution("predicate", property);
            }
            try (QueryExec exec = builder.timeout(COMPLETION_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(b -> {
                    Node s = b.get("s");
                    Node l = b.get("label");
                    Node type = b.get("type");
                    if (s != null && s.isURI()) {
                        out.add(new Completion(s.getURI(), l == null ? "" : l.getLiteralLexicalForm(),
                                type == null || !type.isURI() ? "" : type.getURI()));
                    }
                });
            }
            return out;
        });
    }

    /** Whether a browser is asking: HTML is the client's first choice and no {@code format=} is given. */
    boolean wantsHtml(MultivaluedMap<String, String> params, HttpHeaders headers) {
        if (params.containsKey("format") || params.containsKey("output")) {
            return false;
        }
        List<MediaRange> ranges = MediaRange.parse(headers.getHeaderString(HttpHeaders.ACCEPT));
        return !ranges.isEmpty()
                && (ranges.get(0).type().equals("text/html") || ranges.get(0).type().equals("application/xhtml+xml"));
    }

    Response html() {
        return Response.ok(html).type("text/html; charset=utf-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
