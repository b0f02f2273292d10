package org.diplograph.ingest;

import java.util.List;

/**
 * The outcome of a batch: stored articles, failed sources, and milliseconds spent per stage.
 */
public record IngestReport(List<ArticleResult> articles, List<IngestFailure> failures, StageTimings timings) {

    public IngestReport {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }

    public int eventCount() {
        return articles.stream().mapToInt(a -> a.events().size()).sum();
    }
}
