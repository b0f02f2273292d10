package org.diplograph.sparql;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * CORS for the read-only query endpoint only ({@code /sparql} and its helpers), so that browser
 * tools on any origin (YASGUI, Comunica) can query it. No credentials are allowed, and the write
 * endpoints ({@code /update}, {@code /gsp}, {@code /api}) get no CORS headers at all.
 */
@Singleton
public class CorsFilter {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            String origin = request.getHeader("Origin");
            String path = request.path();
            if (origin == null || path == null || !(path.equals("/sparql") || path.startsWith("/sparql/"))) {
                rc.next();
                return;
            }
            HttpServerResponse response = rc.response();
            response.putHeader("Access-Control-Allow-Origin", origin);
            response.putHeader("Vary", "Origin");
            if (request.method() == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null) {
                response.putHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                response.putHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                response.putHeader("Access-Control-Max-Age", "86400");
                response.setStatusCode(204).end();
                return;
            }
            rc.next();
        }, 100);
    }
}
