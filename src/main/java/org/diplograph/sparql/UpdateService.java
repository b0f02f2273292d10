package org.diplograph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.system.Txn;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.diplograph.DiplographConfig;
import org.diplograph.store.GraphStore;
import org.jboss.logging.Logger;

/**
 * SPARQL Update and the Graph Store Protocol, each in one write transaction (all or nothing). Both
 * are off unless {@code diplograph.sparql.update-token} is set; then every call needs
 * {@code Authorization: Bearer <token>}. {@code LOAD} and {@code SERVICE} follow the same policy as
 * queries: refused unless the URL is in {@code diplograph.sparql.allowed-services}. Thread-safe.
 */
@ApplicationScoped
public class UpdateService {

    private static final Logger LOG = Logger.getLogger("org.diplograph.sparql.update");

    private final GraphStore store;
    private final SparqlService sparql;
    private final Optional<String> token;
    private final long timeoutMillis;

    public UpdateService(GraphStore store, SparqlService sparql, DiplographConfig config) {
        this.store = store;
        this.sparql = sparql;
        this.token = config.sparql().updateToken().filter(t -> !t.isBlank());
        this.timeoutMillis = Math.max(1, config.sparql().timeout().toMillis());
    }

    /**
     * Checks the caller may write.
     *
     * @throws SparqlException 403 when no token is configured, 401 for a missing or wrong token
     */
    public void authorize(String authorization) {
        if (token.isEmpty()) {
            throw new SparqlException(403, "SPARQL Update and the Graph Store Protocol are disabled: set"
                    + " diplograph.sparql.update-token (or DIPLOGRAPH_SPARQL_UPDATE_TOKEN) to enable them");
        }
        boolean ok = authorization != null && authorization.startsWith("Bearer ")
                && MessageDigest.isEqual(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                        token.get().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throw new SparqlException(401, "missing or wrong bearer token");
        }
    }

    /**
     * Parses and runs a SPARQL Update request under the query timeout; an update that runs out of
     * time is cancelled and its transaction aborted, so nothing of it is stored.
     */
    public void update(String text) {
        sparql.checkSize(text);
        UpdateRequest request = UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                throw new SparqlException(403, "LOAD <" + load.getSource() + "> is not allowed: the server does not"
                        + " fetch URLs for updates");
            }
            if (u instanceof UpdateModify modify) {
                sparql.checkServices(Algebra.compile(modify.getWherePattern()));
            }
        }
        long start = System.nanoTime();
        Txn.executeWrite(store.dataset(), () -> UpdateExec.dataset(store.dataset().asDatasetGraph()).update(request)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).execute());
        LOG.infof("update ms=%d operations=%d", (System.nanoTime() - start) / 1_000_000, request.getOperations().size());
    }

    /** The graph name for a GSP request: {@code graph=<iri>} or the default graph. */
    static Node graphNode(String graph, boolean defaultGraph) {
        if (defaultGraph == (graph != null)) {
            throw new SparqlException(400, "name the graph with exactly one of ?graph=<IRI> or ?default");
        }
        return defaultGraph ? Quad.defaultGraphIRI : NodeFactory.createURI(SparqlService.graphIri("graph", graph));
    }

    /** Writes a stored graph; 404 when it holds nothing. */
    public void read(Node graph, ResultFormat format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            Graph g = stored(graph);
            RDFDataMgr.write(out, g, format.lang());
        });
    }

    /** Whether a graph holds triples. */
    public boolean exists(Node graph) {
        return Txn.calculateRead(store.dataset(), () -> !stored(graph).isEmpty());
    }

    /** Replaces ({@code replace}) or adds to a graph with the body, parsed before anything changes. */
    public boolean write(Node graph, InputStream body, String contentType, boolean replace) {
        Lang lang = contentType == null ? null : RDFLanguages.contentTypeToLang(contentType.split(";")[0].strip());
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            throw new SparqlException(415, "unsupported Content-Type for a graph: " + contentType
                    + "; send text/turtle, application/n-triples, application/ld+json or application/rdf+xml");
        }
        Graph parsed = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(body).lang(lang).parse(parsed);
        } catch (RiotException e) {
            throw new SparqlException(400, "cannot parse the body as " + lang.getName() + ": " + e.getMessage());
        }
        return Txn.calculateWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            boolean existed = !stored(graph).isEmpty();
            if (replace) {
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            parsed.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            return existed;
        });
    }

    /** Deletes a graph; false when it held nothing. */
    public boolean delete(Node graph) {
        return Txn.calculateWrite(store.dataset(), () -> {
            boolean existed = !stored(graph).isEmpty();
            store.dataset().asDatasetGraph().deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return existed;
        });
    }

    private Graph stored(Node graph) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Quad.isDefaultGraph(graph) ? dsg.getDefaultGraph() : dsg.getGraph(graph);
    }
}
