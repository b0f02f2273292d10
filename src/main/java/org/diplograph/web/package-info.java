/**
 * Shared HTTP glue: the mapping of exceptions to HTTP responses in one place, with clear messages
 * and no stack traces or file paths (HTML 404 pages for browsers); the page language, labels, base
 * layout, fixed texts and template extensions of the HTML pages. Depends on the stage packages only
 * for their exception types.
 */
package org.diplograph.web;
