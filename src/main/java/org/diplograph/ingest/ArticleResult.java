package org.diplograph.ingest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What ingesting one article stored.
 *
 * @param article the article's IRI, which also names its graph
 * @param events IRIs of the events extracted from it
 * @param skipped why no events were searched for, if so (e.g. English text)
 */
public record ArticleResult(String source, String article, URI url, String title, List<EventSummary> events,
                            Optional<String> skipped) {

    /** One stored event, as reported to the client. */
    public record EventSummary(String iri, String type, String date, List<String> countries) {
    }
}
