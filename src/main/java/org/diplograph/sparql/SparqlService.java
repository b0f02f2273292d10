package org.diplograph.sparql;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographConfig;
import org.diplograph.store.GraphStore;
import org.jboss.logging.Logger;

/**
 * Runs read-only SPARQL queries against the store and streams their results.
 *
 * <p>Each query runs on a thread of a bounded pool ({@code diplograph.sparql.max-concurrent}) inside
 * one read transaction, under Jena's overall timeout, which cancels the query's iterators (so the
 * thread and the CPU are freed, not only the response abandoned). The caller waits until the first
 * row is computed (or, for formats built in memory, the whole result): any failure up to then, a
 * timeout included, is still a proper HTTP error (503 for a timeout). After that the status is
 * committed and the rows stream through a bounded {@link ResultPipe}; a timeout during streaming ends
 * the response abruptly (the client sees a truncated body, never a complete-looking one).
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class SparqlService {

    private static final Logger LOG = Logger.getLogger("org.diplograph.sparql.query");
    /** Extra time the caller waits for the first row beyond the query's timeout before giving up. */
    private static final long GRACE_MILLIS = 2000;

    /** A query's result, ready to stream: the status is known and the first row computed. */
    public record Answer(ResultFormat format, Body body) {
    }

    /** Writes a result to the response; called once, on the HTTP thread. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The RDF dataset of a request: {@code default-graph-uri} and {@code named-graph-uri}. */
    public record Graphs(List<String> defaultGraphs, List<String> namedGraphs) {
        public static final Graphs NONE = new Graphs(List.of(), List.of());

        boolean isEmpty() {
            return defaultGraphs.isEmpty() && namedGraphs.isEmpty();
        }
    }

    private final GraphStore store;
    private final DiplographConfig.Sparql config;
    private final ClientBudget budget;
    private final Set<String> allowedServices;
    private final ExecutorService pool;
    private final AtomicInteger running = new AtomicInteger();

    public SparqlService(GraphStore store, DiplographConfig config) {
        this.store = store;
        this.config = config.sparql();
        this.budget = new ClientBudget(this.config.budgetPerMinute());
        this.allowedServices = Set.copyOf(this.config.allowedServices().orElse(List.of()));
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, this.config.maxConcurrent()), r -> {
            Thread t = new Thread(r, "sparql-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queries executing right now (for tests and monitoring). */
    public int running() {
        return running.get();
    }

    /**
     * Parses a query and checks it against the policy.
     *
     * @throws SparqlException 413 for a query over {@code max-query-bytes}, 403 for a refused SERVICE
     * @throws org.apache.jena.query.QueryParseException for a syntax error, with line and column
     */
    public Query parse(String queryString) {
        checkSize(queryString);
        Query query = QueryFactory.create(queryString, Syntax.syntaxSPARQL_11);
        if (mayCallService(queryString)) {
            checkServices(Algebra.compile(query));
        }
        return query;
    }

    /**
     * A cheap test that lets most queries skip compiling the algebra for {@link #checkServices}: a
     * SERVICE needs the keyword in the text, unless it is hidden in {@code \\u} escapes.
     */
    private static boolean mayCallService(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("service") || lower.contains("\\u");
    }

    void checkSize(String text) {
        int max = config.maxQueryBytes();
        if (text.length() > max || text.getBytes(StandardCharsets.UTF_8).length > max) {
            throw new SparqlException(413, "request too large: queries and updates are limited to " + max
                    + " bytes (diplograph.sparql.max-query-bytes)");
        }
    }

    /** Refuses SERVICE to any endpoint not listed in {@code diplograph.sparql.allowed-services}. */
    void checkServices(Op op) {
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                Node endpoint = service.getService();
                if (!endpoint.isURI() || !allowedServices.contains(endpoint.getURI())) {
                    String name = endpoint.isURI() ? "<" + endpoint.getURI() + ">" : "a variable endpoint";
                    throw new SparqlException(403, "SERVICE " + name + " is not allowed: federated queries may only"
                            + " call the endpoints listed in diplograph.sparql.allowed-services"
                            + (allowedServices.isEmpty() ? " (none are)" : ""));
                }
            }
        }, new ExprVisitorBase());
    }

    /**
     * Runs a parsed query and returns once its first row is computed.
     *
     * @param text the query as sent, for the log
     * @param requestedTimeout the client's {@code timeout=}; it can only lower the configured timeout
     * @param client the key the query time is charged to
     * @throws SparqlException 429 when the client's budget is used up; 406 when a format built in
     *     memory would exceed the row cap
     * @throws QueryCancelledException when the timeout passes before the first row
     */
    public Answer execute(Query query, String text, Graphs graphs, ResultFormat format,
                          Optional<Duration> requestedTimeout, String client) {
        OptionalLong wait = budget.admit(client, System.nanoTime());
        if (wait.isPresent()) {
            throw new SparqlException(429, "query-time budget used up for this client ("
                    + config.budgetPerMinute().toSeconds() + " s of query time per minute); retry in "
                    + wait.getAsLong() + " s", wait);
        }
        long timeout = config.timeout().toMillis();
        if (requestedTimeout.isPresent()) {
            timeout = Math.min(timeout, requestedTimeout.get().toMillis());
        }
        long timeoutMillis = Math.max(1, timeout);
        ResultPipe pipe = new ResultPipe();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        AtomicReference<QueryExec> current = new AtomicReference<>();
        long submitted = System.nanoTime();
        pool.execute(() -> run(query, text, graphs, format, timeoutMillis, client, pipe, ready, current, submitted));
        try {
            ready.get(timeoutMillis + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            pipe.abandon();
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // Busy pool or a query that ignores cancellation: stop waiting, and stop it if it started.
            pipe.abandon();
            QueryExec exec = current.get();
            if (exec != null) {
                exec.abort();
            }
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pipe.abandon();
            throw new QueryCancelledException();
        }
        return new Answer(format, pipe::drainTo);
    }

    private void run(Query query, String text, Graphs graphs, ResultFormat format, long timeoutMillis, String client,
                     ResultPipe pipe, CompletableFuture<Void> ready, AtomicReference<QueryExec> current, long submitted) {
        if (pipe.abandoned()) {
            return;
        }
        long start = System.nanoTime();
        String status = "200";
        running.incrementAndGet();
        try {
            Txn.executeRead(store.dataset(), () -> {
                DatasetGraph dsg = dataset(query, graphs);
                // The dataset now reflects FROM/FROM NAMED; Jena must not apply (or fetch) them again.
                Query plain = query;
                if (query.hasDatasetDescription()) {
                    plain = query.cloneQuery();
                    plain.getGraphURIs().clear();
                    plain.getNamedGraphURIs().clear();
                }
                var builder = QueryExec.dataset(dsg).query(plain).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
                if (allowedServices.isEmpty()) {
                    builder.set(Service.httpServiceAllowed, false);
                }
                try (QueryExec exec = builder.build()) {
                    current.set(exec);
                    Body writer = prepare(exec, query, format);
                    ready.complete(null);
                    try (OutputStream out = pipe.sink()) {
                        writer.writeTo(out);
                    } catch (IOException e) {
                        throw new ClientGoneException();
                    }
                }
            });
        } catch (Throwable t) {
            status = status(t);
            if (!ready.isDone()) {
                ready.completeExceptionally(t);
            } else {
                pipe.fail();
            }
            if (status.equals("500")) {
                LOG.error("query failed unexpectedly", t);
            }
        } finally {
            running.decrementAndGet();
            long end = System.nanoTime();
            budget.charge(client, end - start, end);
            LOG.infof("sparql status=%s ms=%d wait_ms=%d client=%s format=%s query=\"%s\"", status,
                    (end - start) / 1_000_000, (start - submitted) / 1_000_000, client, format.shortName(),
                    abbreviate(text));
        }
    }

    /** Thrown inside the query thread when the client stopped reading. */
    private static final class ClientGoneException extends RuntimeException {
        ClientGoneException() {
            super("client went away", null, false, false);
        }
    }

    private static String status(Throwable t) {
        if (t instanceof QueryCancelledException) {
            return "503";
        }
        if (t instanceof SparqlException e) {
            return String.valueOf(e.status());
        }
        if (t instanceof ClientGoneException) {
            return "499";
        }
        return "500";
    }

    private static String abbreviate(String query) {
        String head = query.length() > 600 ? query.substring(0, 600) : query;
        String flat = head.replaceAll("\\s+", " ").strip().replace("\"", "\\\"");
        return flat.length() <= 300 && head.length() == query.length() ? flat
                : flat.substring(0, Math.min(300, flat.length())) + "…";
    }

    /**
     * The dataset the query sees: the store (union default graph) unless the request's
     * {@code default-graph-uri}/{@code named-graph-uri} or the query's FROM/FROM NAMED describe another.
     */
    private DatasetGraph dataset(Query query, Graphs graphs) {
        DatasetGraph base = store.dataset().asDatasetGraph();
        if (!graphs.isEmpty()) {
            return DynamicDatasets.dynamicDataset(nodes(graphs.defaultGraphs()), nodes(graphs.namedGraphs()), base, false);
        }
        if (query.hasDatasetDescription()) {
            return DynamicDatasets.dynamicDataset(DatasetDescription.create(query), base, false);
        }
        return base;
    }

    private static List<Node> nodes(List<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    /** Checks a graph IRI given in a protocol parameter. */
    static String graphIri(String parameter, String value) {
        try {
            IRIx iri = IRIx.create(value.strip());
            // A reference: has a scheme, may have a fragment (isAbsolute() excludes fragments).
            if (!iri.isReference()) {
                throw new SparqlException(400, parameter + " must be an absolute IRI: " + value.strip());
            }
            return iri.str();
        } catch (IRIException e) {
            throw new SparqlException(400, parameter + " is not a valid IRI: " + value.strip());
        }
    }

    /**
     * Starts the query and computes what must be known before the status is sent: the first row of
     * a streamed result, the whole result of a format built in memory. Returns the rest of the work.
     */
    private Body prepare(QueryExec exec, Query query, ResultFormat format) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            rows.hasNext();
            return out -> ResultsWriter.create().lang(format.lang()).write(out, rows);
        }
        if (query.isAskType()) {
            boolean answer = exec.ask();
            return out -> ResultsWriter.create().lang(format.lang()).write(out, answer);
        }
        Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
        if (format.streams()) {
            triples.hasNext();
            return out -> {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, streamFormat(format));
                stream.start();
                query.getPrefixMapping().getNsPrefixMap().forEach(stream::prefix);
                triples.forEachRemaining(stream::triple);
                stream.finish();
            };
        }
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        int max = config.maxRows();
        while (triples.hasNext()) {
            if (graph.size() >= max) {
                throw new SparqlException(406, "the result has more than " + max + " triples, the limit for "
                        + format.mediaType() + ", which is built in memory (diplograph.sparql.max-rows); use LIMIT"
                        + " or a streamed format: turtle, ntriples, trig, nquads");
            }
            graph.add(triples.next());
        }
        return out -> RDFDataMgr.write(out, graph, format.lang());
    }

    private static RDFFormat streamFormat(ResultFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case NQUADS -> RDFFormat.NQUADS;
            default -> RDFFormat.NTRIPLES;
        };
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}
