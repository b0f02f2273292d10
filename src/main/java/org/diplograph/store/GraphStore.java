package org.diplograph.store;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.DiplographConfig;
import org.jboss.logging.Logger;

/**
 * The TDB2 dataset behind the service, opened (and created if missing) at start-up. Every article
 * has its own named graph; the default graph seen by queries is the union of all graphs. All
 * methods are thread-safe: TDB2 serialises writers and lets readers see a consistent snapshot.
 */
@ApplicationScoped
public class GraphStore {

    private static final Logger LOG = Logger.getLogger(GraphStore.class);

    private final Dataset dataset;
    private final Path location;

    public GraphStore(DiplographConfig config) {
        this.location = config.store().path().toAbsolutePath();
        this.dataset = open(location);
    }

    private static Dataset open(Path location) {
        try {
            Files.createDirectories(location);
            Dataset dataset = TDB2Factory.connectDataset(location.toString());
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            LOG.infof("TDB2 store at %s", location);
            return dataset;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot open the TDB2 store at " + location
                    + " (diplograph.store.path): " + e.getMessage(), e);
        }
    }

    /** The dataset, for reading features that run their own read transactions (SPARQL, timelines). */
    public Dataset dataset() {
        return dataset;
    }

    public Path location() {
        return location;
    }

    /** Replaces a named graph with new content in one write transaction: all or nothing. */
    public void replaceGraph(String graphIri, Graph content) {
        Node name = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** Whether a named graph exists and holds at least one triple. */
    public boolean hasGraph(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        return read(ds -> ds.asDatasetGraph().find(name, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Number of quads over all named graphs. */
    public long size() {
        return read(ds -> {
            long n = 0;
            var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Runs a function in a read transaction; results must be consumed inside it. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @PreDestroy
    void close() {
        dataset.close();
        // Release TDB2's process lock on the directory so another process may open it.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
