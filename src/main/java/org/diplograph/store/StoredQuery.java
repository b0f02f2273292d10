package org.diplograph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A SPARQL query read once from a {@code .rq} file on the class path, run with its parameters bound
 * by substitution ({@link QueryExecutionBuilder#substitution}), never by editing the query text.
 * Must run inside a read transaction ({@link GraphStore#read}); results are consumed before returning.
 * Immutable and thread-safe.
 */
public final class StoredQuery {

    private final String name;
    private final Query query;

    private StoredQuery(String name, Query query) {
        this.name = name;
        this.query = query;
    }

    /** Loads and parses {@code resource} (e.g. {@code linkeddata/describe.rq}); a missing or broken file is fatal. */
    public static StoredQuery load(String resource) {
        try (InputStream in = StoredQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            return new StoredQuery(resource, QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a SELECT query, with the given variables bound. */
    public List<QuerySolution> select(Dataset ds, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution exec = builder(ds, bindings).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The graph of a CONSTRUCT query, with the given variables bound. */
    public Model construct(Dataset ds, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution exec = builder(ds, bindings).build()) {
            return exec.execConstruct();
        }
    }

    /** The answer of an ASK query, with the given variables bound. */
    public boolean ask(Dataset ds, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution exec = builder(ds, bindings).build()) {
            return exec.execAsk();
        }
    }

    private QueryExecutionDatasetBuilder builder(Dataset ds, Map<String, ? extends RDFNode> bindings) {
        QueryExecutionDatasetBuilder b = QueryExecution.create().query(query).dataset(ds);
        bindings.forEach(b::substitution);
        return b;
    }

    @Override
    public String toString() {
        return name;
    }
}
