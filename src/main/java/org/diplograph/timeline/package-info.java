/**
 * Timelines of contacts: the events a country or person took part in, alone or with another, in date
 * order, with participants, topics and sources; filters, pages, the JSON/CSV/Turtle API and the HTML
 * page with its server-drawn chart. Reads the store with the SPARQL under {@code timeline/}; depends
 * on {@code store}, {@code rdf} and {@code web}, never on {@code nlp} or {@code extract}.
 */
package org.diplograph.timeline;
