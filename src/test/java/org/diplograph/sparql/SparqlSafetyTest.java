package org.diplograph.sparql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile queries against a server with a 1 s timeout, a 3 s-per-minute budget per client (named by
 * {@code X-Client}), a row cap of 5, and updates enabled with a token.
 */
@QuarkusTest
@TestProfile(SparqlSafetyTest.Strict.class)
class SparqlSafetyTest {

    /** The strict settings. */
    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("diplograph.sparql.timeout", "1s",
                    "diplograph.sparql.budget-per-minute", "3s",
                    "diplograph.sparql.client-header", "X-Client",
                    "diplograph.sparql.max-rows", "5",
                    "diplograph.sparql.update-token", "update-secret");
        }
    }

    static final String G = "http://example.org/graph/many";
    /** Four-way cartesian product over 300 triples: 8·10^9 rows, never finishes in a second. */
    static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final String SORT_ALL = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY DESC(?c) ?f ?i";
    static final String SMALL = "ASK { ?s ?p ?o }";

    @Inject
    GraphStore store;

    @Inject
    SparqlService sparql;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void fixture() {
        Graph g = GraphFactory.createDefaultGraph();
        StringBuilder ttl = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            ttl.append("<http://example.org/s").append(i % 17).append("> <http://example.org/p").append(i % 5)
                    .append("> ").append(i).append(" .\n");
        }
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(g);
        store.replaceGraph(G, g);
    }

    private void assertStopped() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sparql.running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sparql.running()).as("query threads still running after the timeout").isZero();
    }

    @Test
    void runawayQueriesAreCancelledAndOthersServed() throws Exception {
        for (String runaway : new String[] {CARTESIAN, SORT_ALL}) {
            CompletableFuture<Integer> other = new CompletableFuture<>();
            long start = System.nanoTime();
            Thread side = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    other.complete(given().header("X-Client", "bystander").queryParam("query", SMALL)
                            .when().get("/sparql").statusCode());
                } catch (Throwable t) {
                    other.completeExceptionally(t);
                }
            });
            side.start();
            given().header("X-Client", "runaway-" + runaway.length()).queryParam("query", runaway).when().get("/sparql")
                    .then().statusCode(503).body("error", containsString("timed out"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            assertThat(other.get()).isEqualTo(200);
            assertStopped();
            given().header("X-Client", "after").queryParam("query", SMALL).when().get("/sparql").then().statusCode(200);
        }
    }

    @Test
    void runawayUpdatesAreCancelledAndStoreNothing() {
        String runaway = "INSERT { <http://example.org/runaway> <http://example.org/count> ?n } WHERE { "
                + CARTESIAN.replace("SELECT", "{ SELECT") + " } }";
        long quadsBefore = store.size();
        long start = System.nanoTime();
        given().header("Authorization", "Bearer update-secret").formParam("update", runaway).when().post("/update")
                .then().statusCode(503).body("error", containsString("timed out"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(store.size()).isEqualTo(quadsBefore);
        given().header("X-Client", "after-update").queryParam("query", "ASK { <http://example.org/runaway> ?p ?o }")
                .when().get("/sparql").then().statusCode(200).body("boolean", org.hamcrest.Matchers.is(false));
    }

    @Test
    void timeoutParameterOnlyLowers() {
        long start = System.nanoTime();
        given().header("X-Client", "impatient").queryParam("query", CARTESIAN).queryParam("timeout", "0.2")
                .when().get("/sparql").then().statusCode(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
        start = System.nanoTime();
        given().header("X-Client", "greedy-timeout").queryParam("query", CARTESIAN).queryParam("timeout", "3600")
                .when().get("/sparql").then().statusCode(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void exhaustedBudgetGets429WhileOthersAreServed() {
        int status = 0;
        for (int i = 0; i < 6 && status != 429; i++) {
            var r = given().header("X-Client", "hog").queryParam("query", CARTESIAN).when().get("/sparql");
            status = r.statusCode();
            if (status == 429) {
                r.then().header("Retry-After", notNullValue()).body("error", containsString("budget"));
                assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 60L);
            } else {
                assertThat(status).isEqualTo(503);
            }
        }
        assertThat(status).isEqualTo(429);
        given().header("X-Client", "hog").queryParam("query", SMALL).when().get("/sparql").then().statusCode(429);
        given().header("X-Client", "polite").queryParam("query", SMALL).when().get("/sparql").then().statusCode(200);
    }

    @Test
    void rowCapAppliesToFormatsBuiltInMemoryOnly() {
        String construct = "CONSTRUCT WHERE { ?s <http://example.org/p1> ?o }";
        given().header("X-Client", "cap").queryParam("query", construct).accept("application/ld+json").when().get("/sparql")
                .then().statusCode(406).body("error", containsString("max-rows"));
        given().header("X-Client", "cap").queryParam("query", construct).accept("application/rdf+xml").when().get("/sparql")
                .then().statusCode(406);
        String turtle = given().header("X-Client", "cap").queryParam("query", construct).accept("text/turtle")
                .when().get("/sparql").then().statusCode(200).extract().asString();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        assertThat(g.size()).isEqualTo(60);
    }

    @Test
    void updatesNeedTheToken() {
        String insert = "INSERT DATA { GRAPH <http://example.org/graph/new> { <http://example.org/n> <http://example.org/p> 42 } }";
        given().contentType("application/sparql-update").body(insert.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/update")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer wrong").formParam("update", insert).when().post("/update")
                .then().statusCode(401);
        given().header("Authorization", "Bearer update-secret").contentType("application/sparql-update").body(insert.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/update").then().statusCode(204);
        assertThat(store.hasGraph("http://example.org/graph/new")).isTrue();
        given().header("Authorization", "Bearer update-secret").formParam("update", "LOAD <http://127.0.0.1:1/x.ttl>")
                .when().post("/update").then().statusCode(403).body("error", containsString("LOAD"));
        given().header("Authorization", "Bearer update-secret").formParam("update", "INSERT DATA { <a> <b> }")
                .when().post("/update").then().statusCode(400).body("error", containsString("line 1"));
        // The query endpoint stays read-only with a token too.
        given().header("Authorization", "Bearer update-secret").formParam("update", "DROP ALL").when().post("/sparql")
                .then().statusCode(400);
        given().queryParam("graph", G).when().get("/gsp").then().statusCode(401);
    }

    @Test
    void graphStoreProtocolWithJenaClient() {
        String dest = base.toString();
        // Jena answers the 401 challenge ("WWW-Authenticate: Bearer") with the token registered for the endpoint.
        AuthEnv.get().setBearerToken(dest + "gsp", "update-secret");
        AuthEnv.get().setBearerToken(dest + "update", "update-secret");
        try (RDFConnection conn = RDFConnectionRemote.service(dest).queryEndpoint("sparql").updateEndpoint("update")
                .gspEndpoint("gsp").build()) {
            String name = "http://example.org/graph/gsp";
            Model m = ModelFactory.createDefaultModel();
            m.add(m.createResource("http://example.org/x"), m.createProperty("http://example.org/q"), "hello");
            conn.put(name, m);
            assertThat(conn.fetch(name).isIsomorphicWith(m)).isTrue();
            Model more = ModelFactory.createDefaultModel();
            more.add(more.createResource("http://example.org/y"), more.createProperty("http://example.org/q"), "again");
            conn.load(name, more);
            assertThat(conn.fetch(name).size()).isEqualTo(2);
            conn.put(m);
            assertThat(conn.fetch().isIsomorphicWith(m)).isTrue();
            conn.delete(name);
            assertThatThrownBy(() -> conn.fetch(name)).isInstanceOf(HttpException.class)
                    .satisfies(e -> assertThat(((HttpException) e).getStatusCode()).isEqualTo(404));
            conn.update("CLEAR DEFAULT");
        } finally {
            AuthEnv.get().clearAuthEnv();
        }
        given().header("Authorization", "Bearer update-secret").contentType("image/png").body(new byte[] {1, 2})
                .queryParam("graph", "http://example.org/g").when().put("/gsp").then().statusCode(415);
    }
}
