package org.diplograph.article;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.diplograph.lexicon.Lexicon;

/**
 * Reads any supported source into articles, recognising the format from the content: daily
 * transcripts, feed items (bare or under Jekyll front matter) and HTML pages. Thread-safe.
 */
public final class ArticleReader {

    private final long maxBytes;
    private final FeedItemReader feedItems;
    private final HtmlPageReader htmlPages;
    private final DailyTranscriptReader transcripts;

    /**
     * @param maxBytes inputs larger than this are refused, so that one huge file cannot exhaust memory
     */
    public ArticleReader(Lexicon lexicon, long maxBytes) {
        this.maxBytes = maxBytes;
        this.feedItems = new FeedItemReader(lexicon);
        this.htmlPages = new HtmlPageReader(lexicon);
        this.transcripts = new DailyTranscriptReader(lexicon);
    }

    /** Reads a file; every problem, including I/O, is an {@link ArticleReadException} naming the file. */
    public List<Article> read(Path file) throws ArticleReadException {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArticleReadException(source, "not a regular file");
            }
            long size = Files.size(file);
            checkSize(source, size);
            return read(source, Files.readAllBytes(file), Optional.empty());
        } catch (IOException e) {
            throw new ArticleReadException(source, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads bytes received from somewhere else (an HTTP request).
     *
     * @param urlHint the article's URL when the caller knows it better than the content does
     */
    public List<Article> read(String source, byte[] bytes, Optional<URI> urlHint) throws ArticleReadException {
        checkSize(source, bytes.length);
        String text = TextDecoder.decode(source, bytes).stripLeading();
        if (DailyTranscriptReader.accepts(text)) {
            return transcripts.read(source, text);
        }
        if (HtmlPageReader.accepts(text)) {
            return List.of(htmlPages.read(source, text, urlHint));
        }
        if (FeedItemReader.accepts(text)) {
            return List.of(feedItems.read(source, text));
        }
        throw new ArticleReadException(source, "unrecognised format: expected a feed item ([title](url) header),"
                + " a Jekyll post, an HTML page or a daily transcript");
    }

    private void checkSize(String source, long size) throws ArticleReadException {
        if (size > maxBytes) {
            throw new ArticleReadException(source, "too large: " + size + " bytes, the limit is " + maxBytes);
        }
    }

    /** Parses an article URL as given in a source (percent-encoded or not); it must be absolute http(s). */
    static URI articleUrl(String source, String value) throws ArticleReadException {
        String trimmed = value == null ? "" : value.strip();
        URI uri;
        try {
            uri = new URI(percentEncodeNonAscii(trimmed));
        } catch (URISyntaxException e) {
            throw new ArticleReadException(source, "malformed article URL: " + trimmed);
        }
        if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().matches("https?")) {
            throw new ArticleReadException(source, "article URL is not an absolute http(s) URL: " + trimmed);
        }
        return uri;
    }

    /** Jekyll's {@code from:} field holds URLs with raw UTF-8 characters; URIs need them percent-encoded. */
    private static String percentEncodeNonAscii(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
