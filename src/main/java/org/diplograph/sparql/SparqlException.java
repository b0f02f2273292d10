package org.diplograph.sparql;

import java.util.OptionalLong;

/**
 * A refused SPARQL request with the HTTP status the protocol prescribes (400, 401, 403, 404, 406,
 * 413, 415, 429, 503) and a message for the client. {@code web.ErrorMappers} turns it into the response.
 */
public class SparqlException extends RuntimeException {

    private final int status;
    private final OptionalLong retryAfterSeconds;

    public SparqlException(int status, String message) {
        this(status, message, OptionalLong.empty());
    }

    public SparqlException(int status, String message, OptionalLong retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** For 429: seconds after which the client's budget allows another query. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
