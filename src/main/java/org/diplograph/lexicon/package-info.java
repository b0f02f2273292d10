/**
 * Reference data the pipeline matches text against and publishes as RDF: countries, international
 * organisations and news agencies, positions, known persons, topics and outlets. Loaded once from
 * the tab-separated files under {@code lexicon/} on the class path; immutable and thread-safe.
 * Depends on nothing else in Diplograph.
 */
package org.diplograph.lexicon;
