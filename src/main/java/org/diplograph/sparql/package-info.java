/**
 * The SPARQL 1.1 Protocol over the store: the read-only query endpoint (streamed results in every
 * standard format, dataset parameters, timeouts that cancel, per-client query-time budget, SERVICE
 * policy, limits), SPARQL Update and the Graph Store Protocol behind a token, the service
 * description, CORS, and the query page with its examples and completion. Depends on {@code store}
 * and {@code rdf}; errors leave as {@link org.diplograph.sparql.SparqlException} or Jena's parse and
 * cancel exceptions and become HTTP responses in {@code web.ErrorMappers}.
 */
package org.diplograph.sparql;
