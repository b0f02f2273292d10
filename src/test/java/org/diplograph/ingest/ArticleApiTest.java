package org.diplograph.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.diplograph.TestFixtures;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.Test;

/** Over real HTTP on a real TDB2 store: ingest, then find the seed's call by SPARQL and timeline. */
@QuarkusTest
class ArticleApiTest {

    private static final String TOKEN = "Bearer test-token";

    @Inject
    GraphStore store;

    private JsonPath ingestSeed() {
        return given().header("Authorization", TOKEN).contentType("text/markdown; charset=utf-8")
                .body(TestFixtures.bytes(TestFixtures.SEED))
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", startsWith("http://localhost:8080/id/article/"))
                .extract().jsonPath();
    }

    @Test
    void ingestsSeedAndFindsTheCallBySparql() {
        JsonPath response = ingestSeed();
        List<String> types = response.getList("articles[0].events.type");
        assertThat(types).containsOnlyOnce("PhoneCall");
        String query = """
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?event ?url WHERE {
                  ?event a dg:PhoneCall ;
                         dg:participant <http://localhost:8080/id/country/KOR> , <http://localhost:8080/id/country/CHN> ;
                         dg:date "2024-02-06"^^<http://www.w3.org/2001/XMLSchema#date> ;
                         dg:participant ?wang , ?cho ;
                         dg:reportedBy ?article .
                  ?wang rdfs:label "王毅"@zh . ?cho rdfs:label "赵兑烈"@zh .
                  ?article schema:url ?url .
                }""".replace("PREFIX schema", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX schema");
        given().queryParam("query", query).accept("application/sparql-results+json")
                .when().get("/sparql")
                .then().statusCode(200)
                .contentType(containsString("application/sparql-results+json"))
                .body("results.bindings", hasSize(1))
                .body("results.bindings[0].url.value", startsWith("https://www.rfi.fr/cn/"));
        given().contentType("application/sparql-query").accept("application/sparql-results+xml")
                .body(query.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/sparql")
                .then().statusCode(200).body(containsString("https://www.rfi.fr/cn/"));
    }

    @Test
    void timelineListsTheCall() {
        ingestSeed();
        given().queryParam("a", "KOR").queryParam("b", "CHN")
                .when().get("/api/timeline")
                .then().statusCode(200)
                .body("a.iso3", is("KOR"))
                .body("b.label", is("中国"))
                .body("events.findAll { it.type == 'PhoneCall' }", hasSize(1))
                .body("events.find { it.type == 'PhoneCall' }.date", is("2024-02-06"))
                .body("events.find { it.type == 'PhoneCall' }.participants.label", hasItem("赵兑烈"))
                .body("events.find { it.type == 'PhoneCall' }.participants.find { it.label == '王毅' }.position.labelEn",
                        is("Foreign Minister"))
                .body("events.find { it.type == 'PhoneCall' }.topics.labelEn", hasItem("Supply chains"))
                .body("events.find { it.type == 'PhoneCall' }.sources[0].title", is("韩国新外长赵兑烈与中国外长王毅首次通电话"));
        given().queryParam("a", "XXX").queryParam("b", "CHN").when().get("/api/timeline")
                .then().statusCode(400).body("error", containsString("unknown country code: XXX"));
        given().queryParam("a", "Korea'}").queryParam("b", "CHN").when().get("/api/timeline")
                .then().statusCode(400).body("error", containsString("ISO 3166-1 alpha-3"));
    }

    @Test
    void ingestingTwiceChangesNothing() {
        ingestSeed();
        long before = store.size();
        ingestSeed();
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedAndStoreUnchanged() {
        ingestSeed();
        long before = store.size();
        given().header("Authorization", TOKEN).contentType("text/plain").body("not an article at all".getBytes())
                .when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("unrecognised format"));
        given().header("Authorization", TOKEN).contentType("text/html")
                .body("<!DOCTYPE html><html><head><title>x</title></head><body><p>broken".getBytes())
                .when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("without its URL"));
        given().header("Authorization", TOKEN).contentType("text/plain").body(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'})
                .when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("not valid UTF-8"));
        given().header("Authorization", TOKEN).contentType("text/plain").body(new byte[0])
                .when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("empty input"));
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void writesNeedTheToken() {
        given().contentType("text/markdown").body(TestFixtures.bytes(TestFixtures.SEED))
                .when().post("/api/articles").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer wrong").contentType("text/markdown").body(TestFixtures.bytes(TestFixtures.SEED))
                .when().post("/api/articles").then().statusCode(401);
    }

    @Test
    void sparqlRefusesBrokenQueriesAndUpdates() {
        given().queryParam("query", "SELECT * WHERE { ?s ?p }").when().get("/sparql")
                .then().statusCode(400).body("error", containsString("line 1"));
        given().when().get("/sparql").then().statusCode(400).body("error", containsString("missing SPARQL query"));
        given().formParam("update", "DROP ALL").when().post("/sparql").then().statusCode(400)
                .body("error", containsString("read-only"));
        given().queryParam("query", "ASK { ?s ?p ?o }").queryParam("format", "csv").when().get("/sparql")
                .then().statusCode(200).contentType(containsString("text/csv"));
        given().queryParam("query", "CONSTRUCT WHERE { ?s a <https://w3id.org/diplograph/ontology#Country> } LIMIT 3")
                .accept("text/turtle").when().get("/sparql")
                .then().statusCode(200).contentType(containsString("text/turtle"));
    }
}
