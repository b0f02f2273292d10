package org.diplograph.article;

/** A source that cannot be read as an article; the message names the source and the reason. */
public class ArticleReadException extends Exception {

    private final String source;
    private final String reason;

    public ArticleReadException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** The reason alone, without the source. */
    public String reason() {
        return reason;
    }
}
