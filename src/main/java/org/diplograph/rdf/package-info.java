/**
 * RDF for Diplograph: the vocabulary ({@link org.diplograph.rdf.DG}), IRI minting, and the mapping of
 * extracted events and reference data to graphs. Uses Jena core/ARQ only; depends on {@code extract},
 * {@code article} and {@code lexicon}, never on the store.
 */
package org.diplograph.rdf;
