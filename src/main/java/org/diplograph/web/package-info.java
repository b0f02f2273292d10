/**
 * Shared HTTP glue: the mapping of exceptions to HTTP responses in one place, with clear messages
 * and no stack traces or file paths. Depends on the stage packages only for their exception types.
 */
package org.diplograph.web;
