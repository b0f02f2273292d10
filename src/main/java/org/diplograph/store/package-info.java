/**
 * The triple store: an embedded TDB2 dataset with one named graph per article and the union of all
 * graphs as default graph. Writes run in TDB2 write transactions, one article's graph at a time.
 * TDB2 is used here and nowhere else. Depends on nothing else in Diplograph but its configuration.
 */
package org.diplograph.store;
