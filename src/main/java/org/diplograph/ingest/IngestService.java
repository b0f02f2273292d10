package org.diplograph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReadException;
import org.diplograph.extract.DiplomaticEvent;
import org.diplograph.extract.Extraction;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.store.GraphStore;
import org.jboss.logging.Logger;

/**
 * Runs articles through the pipeline into the store. Each article's graph replaces the previous
 * version of the same article in one transaction, so re-ingesting changes nothing and a failure
 * leaves the store as it was. Failures are collected per source and never stop a batch. Thread-safe.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final Pipeline pipeline;
    private final GraphStore store;

    public IngestService(Pipeline pipeline, GraphStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    /** Ingests files and, recursively, the files of directories (hidden files are skipped). */
    public IngestReport ingestPaths(List<Path> paths) {
        List<ArticleResult> results = new ArrayList<>();
        List<IngestFailure> failures = new ArrayList<>();
        StageTimings timings = new StageTimings();
        for (Path file : expand(paths, failures)) {
            try {
                long t0 = System.nanoTime();
                List<Article> articles = pipeline.reader().read(file);
                timings.addRead(System.nanoTime() - t0);
                for (Article article : articles) {
                    try {
                        results.add(store(article, timings));
                    } catch (RuntimeException e) {
                        failures.add(failure(article.source(), e));
                    }
                }
            } catch (ArticleReadException e) {
                failures.add(new IngestFailure(file.toString(), e.reason()));
            }
        }
        return new IngestReport(results, failures, timings);
    }

    /**
     * Ingests one source received as bytes (HTTP). Unreadable input throws and stores nothing.
     *
     * @param urlHint the article's URL, for HTML pages that do not state it
     */
    public List<ArticleResult> ingestBytes(String source, byte[] bytes, Optional<URI> urlHint)
            throws ArticleReadException {
        List<Article> articles = pipeline.reader().read(source, bytes, urlHint);
        StageTimings timings = new StageTimings();
        List<ArticleResult> results = new ArrayList<>();
        for (Article article : articles) {
            results.add(store(article, timings));
        }
        return results;
    }

    private ArticleResult store(Article article, StageTimings timings) {
        long t0 = System.nanoTime();
        AnalyzedText text = pipeline.analyzer().analyze(article);
        long t1 = System.nanoTime();
        Extraction extraction = pipeline.extractor().extract(text);
        long t2 = System.nanoTime();
        Graph graph = pipeline.mapper().map(article, extraction.events(), text.keywords());
        Optional<String> violations = pipeline.validator().violations(graph, pipeline.reference());
        if (violations.isPresent()) {
            // A mapping bug, never the client's fault: refuse to store a graph the shapes reject.
            throw new IllegalStateException("mapped graph does not conform to ontology/shapes.ttl: " + violations.get());
        }
        long t3 = System.nanoTime();
        String articleIri = pipeline.mapper().articleIri(article);
        store.replaceGraph(articleIri, graph);
        long t4 = System.nanoTime();
        timings.addAnalyze(t1 - t0);
        timings.addExtract(t2 - t1);
        timings.addMap(t3 - t2);
        timings.addStore(t4 - t3);
        List<ArticleResult.EventSummary> events = extraction.events().stream().map(this::summary).toList();
        return new ArticleResult(article.source(), articleIri, article.url(), article.title(), events,
                extraction.skipped());
    }

    private ArticleResult.EventSummary summary(DiplomaticEvent event) {
        return new ArticleResult.EventSummary(pipeline.iris().event(event.key()), event.type().localName(),
                event.date().toString(), event.countries());
    }

    private static IngestFailure failure(String source, RuntimeException e) {
        LOG.errorf(e, "cannot ingest %s", source);
        return new IngestFailure(source, "internal error: " + e.getMessage());
    }

    private static List<Path> expand(List<Path> paths, List<IngestFailure> failures) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    failures.add(new IngestFailure(path.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                failures.add(new IngestFailure(path.toString(), "no such file or directory"));
            }
        }
        return files;
    }
}
