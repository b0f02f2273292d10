/**
 * The SPARQL query endpoint over the store's union graph: read-only, with a time limit, results in
 * the standard formats chosen by {@code Accept} or {@code format=}. Depends on {@code store}.
 */
package org.diplograph.sparql;
