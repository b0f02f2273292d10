package org.diplograph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.diplograph.DiplographConfig;
import org.diplograph.store.GraphStore;

/**
 * Runs read-only SPARQL queries against the store's union graph within the configured time limit.
 * Thread-safe.
 */
@ApplicationScoped
public class SparqlService {

    /** A serialised result. */
    public record Result(String mediaType, byte[] body) {
    }

    private final GraphStore store;
    private final DiplographConfig config;

    public SparqlService(GraphStore store, DiplographConfig config) {
        this.store = store;
        this.config = config;
    }

    /** Parses a query; syntax errors surface as {@link org.apache.jena.query.QueryParseException} with the position. */
    public Query parse(String queryString) {
        return QueryFactory.create(queryString, Syntax.syntaxSPARQL_11);
    }

    /**
     * Executes a parsed query in one read transaction and serialises the result in the given format.
     * The execution is cancelled when it exceeds {@code diplograph.sparql.timeout}.
     */
    public Result execute(Query query, ResultFormat format) {
        long timeout = config.sparql().timeout().toMillis();
        byte[] body = store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (QueryExecution exec = QueryExecution.create().query(query).dataset(ds)
                    .timeout(timeout, TimeUnit.MILLISECONDS).build()) {
                if (query.isSelectType()) {
                    ResultsWriter.create().lang(format.lang()).write(out, exec.execSelect());
                } else if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    if (format.lang() == ResultSetLang.RS_CSV || format.lang() == ResultSetLang.RS_TSV) {
                        ResultsWriter.create().lang(format.lang()).write(out, answer);
                    } else {
                        ResultSetFormatter.output(out, answer, format.lang());
                    }
                } else {
                    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    RDFDataMgr.write(out, model, format.lang());
                }
            }
            return out.toByteArray();
        });
        return new Result(format.mediaType() + (format.mediaType().startsWith("text/") ? "; charset=utf-8" : ""), body);
    }
}
