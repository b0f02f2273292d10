package org.diplograph;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Diplograph's configuration, under {@code diplograph.*}: set it in {@code application.properties},
 * as {@code -D} system properties or as environment variables ({@code DIPLOGRAPH_STORE_PATH} …).
 */
@ConfigMapping(prefix = "diplograph")
public interface DiplographConfig {

    /**
     * Base of every resource IRI ({@code {base}id/country/KOR}). Set it to the public address of the
     * service so that IRIs dereference; changing it later changes every IRI in a new store.
     */
    @WithDefault("http://localhost:8080/")
    URI baseUri();

    /** Load the articles under {@link #sampleDir()} on start-up when the store holds no article yet. */
    @WithDefault("true")
    boolean sampleData();

    /** The sample articles shipped in the repository. */
    @WithDefault("data/articles")
    Path sampleDir();

    Store store();

    Ingest ingest();

    Sparql sparql();

    /** The embedded TDB2 store. */
    interface Store {

        /** TDB2 database directory, created on first start. One process at a time may open it. */
        @WithDefault("data/store")
        Path path();
    }

    /** Ingesting articles. */
    interface Ingest {

        /**
         * Bearer token that {@code POST /api/articles} requires. Unset (the default) disables writes
         * over HTTP altogether; the command line ingest needs no token.
         */
        Optional<String> token();

        /** Larger inputs are refused before parsing, so that one huge file cannot exhaust memory. */
        @WithDefault("5000000")
        long maxArticleBytes();
    }

    /** The SPARQL endpoint. */
    interface Sparql {

        /** Longest a query may run before it is cancelled; lower it to protect a shared server. */
        @WithDefault("30s")
        Duration timeout();

        /**
         * Query time each client (remote address, see {@link #clientHeader()}) may use per minute,
         * refilled continuously. A client that used it up gets 429 with {@code Retry-After} while
         * others are served. Larger lets one client keep more cores busy; {@code 0s} turns the budget off.
         */
        @WithDefault("60s")
        Duration budgetPerMinute();

        /**
         * Most triples in a CONSTRUCT/DESCRIBE result in the formats that must be built in memory
         * (JSON-LD, RDF/XML; 406 beyond). SELECT/ASK and the other formats stream and are not capped.
         * Higher costs heap.
         */
        @WithDefault("100000")
        int maxRows();

        /** Longest accepted query or update text in bytes (413 beyond); guards the parser. */
        @WithDefault("100000")
        int maxQueryBytes();

        /** Queries running at once; more wait, so that the cores are not oversubscribed. */
        @WithDefault("8")
        int maxConcurrent();

        /**
         * Endpoints that {@code SERVICE} (federated query) may call, as exact URLs. Empty (the
         * default) refuses every SERVICE: it would let anyone make the server fetch internal URLs.
         */
        Optional<List<String>> allowedServices();

        /**
         * Bearer token for SPARQL Update ({@code /update}) and the Graph Store Protocol
         * ({@code /gsp}). Unset (the default) disables both; the query endpoint is always read-only.
         */
        Optional<String> updateToken();

        /**
         * A request header that names the client for the query-time budget instead of the remote
         * address (e.g. an API key header set by a trusted proxy). Unset: the remote address.
         */
        Optional<String> clientHeader();
    }
}
