/**
 * Timelines of bilateral contacts: the events two countries took part in, in date order, with
 * participants, topics and sources. Reads the store with the SPARQL under {@code timeline/}; depends
 * on {@code store} and {@code rdf}.
 */
package org.diplograph.timeline;
