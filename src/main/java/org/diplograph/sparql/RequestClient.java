package org.diplograph.sparql;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.diplograph.DiplographConfig;

/**
 * Names the client of a request for the query-time budget: the value of
 * {@code diplograph.sparql.client-header} when configured and present, else the remote address
 * (which honours {@code X-Forwarded-For} only if {@code quarkus.http.proxy.proxy-address-forwarding}
 * is on). Thread-safe.
 */
@ApplicationScoped
public class RequestClient {

    private final Optional<String> header;

    public RequestClient(DiplographConfig config) {
        this.header = config.sparql().clientHeader().filter(h -> !h.isBlank());
    }

    String key(HttpServerRequest request, HttpHeaders headers) {
        if (header.isPresent()) {
            String value = headers.getHeaderString(header.get());
            if (value != null && !value.isBlank()) {
                return header.get() + ":" + value.strip();
            }
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
