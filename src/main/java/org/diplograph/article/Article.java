package org.diplograph.article;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.diplograph.lexicon.Outlet;

/**
 * One news article, cleaned of markup and boilerplate.
 *
 * @param source where it was read from (a file path, or a name given by an HTTP client), for messages
 * @param url the article's own URL, which identifies it
 * @param published when the outlet published it
 * @param language BCP 47 tag: {@code zh-Hans}, {@code zh-Hant} or {@code en}
 * @param outlet the publisher, derived from the URL host
 * @param paragraphs body paragraphs in reading order, without title, dates, images, share links or promos
 */
public record Article(String source, URI url, String title, Instant published, String language, Outlet outlet,
                      List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as one text, paragraphs separated by a newline; offsets of extracted mentions refer to it. */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
