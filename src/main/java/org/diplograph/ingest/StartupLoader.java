package org.diplograph.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.diplograph.DiplographConfig;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.GraphValidator;
import org.diplograph.store.GraphStore;
import org.jboss.logging.Logger;

/**
 * On start-up: writes the ontology and the reference data into their graphs (replacing older
 * versions, so a new lexicon takes effect on restart), then loads the sample articles if the store
 * holds no article yet. Building the pipeline here also warms HanLP up, so a broken installation
 * fails start-up instead of the first request.
 */
@ApplicationScoped
public class StartupLoader {

    private static final Logger LOG = Logger.getLogger(StartupLoader.class);

    void onStart(@Observes StartupEvent event, DiplographConfig config, Pipeline pipeline, GraphStore store,
                 IngestService ingest) {
        Graph ontology = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        DG.ONTOLOGY_FILES.forEach(file -> GraphValidator.load(file).find().forEachRemaining(ontology::add));
        store.replaceGraph(DG.ONTOLOGY, ontology);
        Graph reference = pipeline.reference();
        store.replaceGraph(pipeline.iris().referenceGraph(), reference);
        if (!config.sampleData()) {
            return;
        }
        if (hasArticles(store)) {
            LOG.info("store already holds articles: sample data not loaded");
            return;
        }
        if (!Files.isDirectory(config.sampleDir())) {
            LOG.warnf("sample directory %s (diplograph.sample-dir) not found: nothing loaded",
                    config.sampleDir().toAbsolutePath());
            return;
        }
        IngestReport report = ingest.ingestPaths(List.of(config.sampleDir()));
        LOG.infof("sample data: %d articles, %d events, %d failures (%s)", report.articles().size(),
                report.eventCount(), report.failures().size(), report.timings());
        report.failures().forEach(f -> LOG.warnf("not ingested: %s: %s", f.source(), f.reason()));
    }

    private static boolean hasArticles(GraphStore store) {
        return store.read(ds -> {
            try (var exec = org.apache.jena.query.QueryExecutionFactory.create(
                    "ASK { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }", ds)) {
                return exec.execAsk();
            }
        });
    }
}
