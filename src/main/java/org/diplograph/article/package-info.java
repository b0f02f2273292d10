/**
 * Reads news sources into {@link org.diplograph.article.Article}s: feed items (the feedx layout, bare
 * or under Jekyll front matter), full HTML pages and daily multi-story Markdown transcripts.
 * Jsoup is used here and nowhere else. Depends only on {@code lexicon} (outlets).
 */
package org.diplograph.article;
