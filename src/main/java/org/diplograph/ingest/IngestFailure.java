package org.diplograph.ingest;

/** A source that could not be ingested, with the reason; nothing of it was stored. */
public record IngestFailure(String source, String reason) {
}
