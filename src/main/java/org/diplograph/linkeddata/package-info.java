/**
 * Linked data: dereferencing of resource IRIs ({@code /id/{kind}/{key}}) with content negotiation,
 * the RDF description of each resource, one HTML page per kind of resource, the home page and name
 * search. Reads the store with the SPARQL under {@code linkeddata/}; depends on {@code store},
 * {@code rdf} and {@code web}, never on {@code nlp} or {@code extract}.
 */
package org.diplograph.linkeddata;
