package org.diplograph;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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
    }
}
