/**
 * Composes the pipeline (article → nlp → extract → rdf → store) for files, directories and HTTP
 * bodies, with per-stage timing and per-file failures that never stop a batch; loads the reference
 * data and the sample articles on start-up; and the {@code ingest} command line.
 */
package org.diplograph.ingest;
