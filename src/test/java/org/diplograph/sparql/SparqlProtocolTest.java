package org.diplograph.sparql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL 1.1 Protocol over real HTTP on a real TDB2 store, with Jena's own HTTP clients and
 * plain requests for each status code. Default test profile: 30 s timeout, updates disabled.
 */
@QuarkusTest
class SparqlProtocolTest {

    static final String G1 = "http://example.org/graph/one";
    static final String G2 = "http://example.org/graph/two";
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/p> ?o }";

    @Inject
    GraphStore store;

    @TestHTTPResource("/sparql")
    URL sparql;

    @BeforeEach
    void fixture() {
        store.replaceGraph(G1, turtle("<http://example.org/a> <http://example.org/p> 1, 2, 3 ."
                + "<http://localhost:8080/id/country/CHN> a <https://w3id.org/diplograph/ontology#Country> ;"
                + " <http://www.w3.org/2000/01/rdf-schema#label> \"China\"@en, \"中国\"@zh ."
                + "<http://localhost:8080/id/country/CHL> <http://www.w3.org/2000/01/rdf-schema#label> \"Chile\"@en ."
                + "<http://example.org/v> <http://example.org/visited> <http://localhost:8080/id/country/CHL> ."));
        store.replaceGraph(G2, turtle("<http://example.org/b> <http://example.org/p> \"x\", \"y\" ."));
    }

    static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    private static final String A_VALUES = "SELECT ?o WHERE { <http://example.org/a> <http://example.org/p> ?o } ORDER BY ?o";

    @Test
    void jenaClientQueriesByGetPostAndForm() {
        for (QuerySendMode mode : List.of(QuerySendMode.asGetAlways, QuerySendMode.asPost, QuerySendMode.asPostForm)) {
            try (QueryExecution qe = QueryExecutionHTTP.service(sparql.toString()).query(A_VALUES).sendMode(mode).build()) {
                ResultSetRewindable rs = ResultSetFactory.makeRewindable(qe.execSelect());
                assertThat(rs.size()).as(mode.toString()).isEqualTo(3);
            }
        }
        try (QueryExecution qe = QueryExecutionHTTP.service(sparql.toString())
                .query("ASK { <http://example.org/b> ?p \"y\" }").build()) {
            assertThat(qe.execAsk()).isTrue();
        }
        try (QueryExecution qe = QueryExecutionHTTP.service(sparql.toString())
                .query("CONSTRUCT WHERE { <http://example.org/a> ?p ?o }").build()) {
            Model m = qe.execConstruct();
            assertThat(m.size()).isEqualTo(3);
        }
    }

    @Test
    void rdfConnectionQueriesAndCannotUpdate() {
        try (RDFConnection conn = RDFConnectionRemote.service(sparql.toString().replace("/sparql", "/"))
                .queryEndpoint("sparql").updateEndpoint("update").gspEndpoint("gsp").build()) {
            List<String> values = new java.util.ArrayList<>();
            conn.querySelect(A_VALUES, row -> values.add(row.getLiteral("o").getLexicalForm()));
            assertThat(values).containsExactly("1", "2", "3");
            assertThatThrownBy(() -> conn.update("DROP ALL")).isInstanceOf(HttpException.class)
                    .satisfies(e -> assertThat(((HttpException) e).getStatusCode()).isEqualTo(403));
            assertThatThrownBy(() -> conn.fetch(G1)).isInstanceOf(HttpException.class)
                    .satisfies(e -> assertThat(((HttpException) e).getStatusCode()).isEqualTo(403));
        }
        assertThat(store.hasGraph(G1)).isTrue();
    }

    @Test
    void everySelectFormatParsesBack() {
        for (var f : List.of(List.of("application/sparql-results+json", "json"),
                List.of("application/sparql-results+xml", "xml"), List.of("text/csv", "csv"),
                List.of("text/tab-separated-values", "tsv"))) {
            Lang lang = switch (f.get(1)) {
                case "json" -> ResultSetLang.RS_JSON;
                case "xml" -> ResultSetLang.RS_XML;
                case "csv" -> ResultSetLang.RS_CSV;
                default -> ResultSetLang.RS_TSV;
            };
            byte[] byAccept = given().queryParam("query", A_VALUES).accept(f.get(0)).when().get("/sparql")
                    .then().statusCode(200).contentType(containsString(f.get(0))).header("Vary", containsString("Accept"))
                    .extract().asByteArray();
            byte[] byFormat = given().queryParam("query", A_VALUES).queryParam("format", f.get(1)).when().get("/sparql")
                    .then().statusCode(200).contentType(containsString(f.get(0))).extract().asByteArray();
            assertThat(byFormat).isEqualTo(byAccept);
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(byAccept), lang);
            assertThat(ResultSetFactory.makeRewindable(rs).size()).as(f.get(1)).isEqualTo(3);
        }
    }

    @Test
    void everyGraphFormatParsesBack() {
        String construct = "CONSTRUCT WHERE { ?s <http://example.org/p> ?o }";
        Graph expected = turtle("<http://example.org/a> <http://example.org/p> 1, 2, 3 ."
                + "<http://example.org/b> <http://example.org/p> \"x\", \"y\" .");
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML, Lang.TRIG, Lang.NQUADS)) {
            String type = lang.getHeaderString();
            byte[] body = given().queryParam("query", construct).accept(type).when().get("/sparql")
                    .then().statusCode(200).contentType(containsString(type)).extract().asByteArray();
            Graph g = GraphFactory.createDefaultGraph();
            if (lang == Lang.TRIG || lang == Lang.NQUADS) {
                var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(dsg);
                g = dsg.getDefaultGraph();
            } else {
                RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
            }
            assertThat(g.isIsomorphicWith(expected)).as(lang.getName()).isTrue();
        }
        given().queryParam("query", "DESCRIBE <http://example.org/a>").queryParam("format", "ntriples").when().get("/sparql")
                .then().statusCode(200).body(containsString("<http://example.org/a> <http://example.org/p>"));
    }

    @Test
    void acceptHeaderIsNegotiatedByQValue() {
        given().queryParam("query", A_VALUES).accept("application/sparql-results+xml;q=0.5, text/csv;q=0.9, */*;q=0.1")
                .when().get("/sparql").then().statusCode(200).contentType(containsString("text/csv"));
        given().queryParam("query", A_VALUES).accept("application/json")
                .when().get("/sparql").then().statusCode(200).contentType(containsString("application/sparql-results+json"));
        given().queryParam("query", A_VALUES).accept("image/png").when().get("/sparql")
                .then().statusCode(406).body("error", containsString("json, xml, csv, tsv"));
        given().queryParam("query", A_VALUES).queryParam("format", "pdf").when().get("/sparql")
                .then().statusCode(400).body("error", containsString("unknown format"));
    }

    @Test
    void protocolErrorsHaveTheW3cStatusCodes() {
        given().queryParam("query", "SELECT * WHERE { ?s ?p }").when().get("/sparql")
                .then().statusCode(400).body("error", containsString("line 1, column"));
        given().when().get("/sparql").then().statusCode(400).body("error", containsString("missing SPARQL query"));
        given().formParam("format", "json").when().post("/sparql").then().statusCode(400)
                .body("error", containsString("missing SPARQL query"));
        given().queryParam("query", A_VALUES).queryParam("query", COUNT).when().get("/sparql")
                .then().statusCode(400).body("error", containsString("given 2 times"));
        given().formParam("query", A_VALUES).formParam("query", COUNT).when().post("/sparql")
                .then().statusCode(400).body("error", containsString("given 2 times"));
        given().formParam("update", "DROP ALL").when().post("/sparql").then().statusCode(400)
                .body("error", containsString("read-only"));
        given().contentType("application/sparql-update").body("DROP ALL".getBytes(StandardCharsets.UTF_8)).when().post("/sparql").then().statusCode(400)
                .body("error", containsString("read-only"));
        given().queryParam("query", "DROP ALL").when().get("/sparql").then().statusCode(400);
        given().contentType("text/plain").body(A_VALUES).when().post("/sparql").then().statusCode(415);
        given().when().put("/sparql").then().statusCode(405);
        given().when().delete("/sparql").then().statusCode(405);
        given().queryParam("query", A_VALUES).queryParam("timeout", "soon").when().get("/sparql")
                .then().statusCode(400).body("error", containsString("timeout"));
        given().queryParam("query", COUNT).queryParam("default-graph-uri", G1 + "#with-fragment").accept("text/csv")
                .when().get("/sparql").then().statusCode(200).body(is("n\r\n0\r\n"));
        given().queryParam("query", A_VALUES).queryParam("default-graph-uri", "not an iri").when().get("/sparql")
                .then().statusCode(400).body("error", containsString("default-graph-uri"));
        assertThat(store.hasGraph(G1)).isTrue();
    }

    @Test
    void errorsCarryNoStackTraceOrPath() {
        for (Response r : List.of(
                given().queryParam("query", "SELECT * WHERE { ?s ?p }").when().get("/sparql"),
                given().queryParam("query", "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }").when().get("/sparql"),
                given().contentType("text/plain").body("x").when().post("/sparql"))) {
            String body = r.asString();
            assertThat(body).doesNotContain("\tat ", "at org.", "Exception", "/work/", "/home/", ".java");
        }
    }

    @Test
    void protocolGraphParametersBuildTheDataset() {
        given().queryParam("query", COUNT).queryParam("default-graph-uri", G1).accept("text/csv").when().get("/sparql")
                .then().statusCode(200).body(is("n\r\n3\r\n"));
        given().queryParam("query", COUNT).queryParam("default-graph-uri", G1).queryParam("default-graph-uri", G2)
                .accept("text/csv").when().get("/sparql").then().statusCode(200).body(is("n\r\n5\r\n"));
        given().queryParam("query", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
                .queryParam("named-graph-uri", G2).accept("text/csv").when().get("/sparql")
                .then().statusCode(200).body(is("g,n\r\n" + G2 + ",2\r\n"));
        // Without parameters the default graph is the union of all graphs.
        given().queryParam("query", COUNT).accept("text/csv").when().get("/sparql")
                .then().statusCode(200).body(is("n\r\n5\r\n"));
        given().queryParam("query", "SELECT (COUNT(*) AS ?n) FROM <" + G2 + "> WHERE { ?s ?p ?o }")
                .accept("text/csv").when().get("/sparql").then().statusCode(200).body(is("n\r\n2\r\n"));
    }

    @Test
    void serviceIsRefused() {
        given().queryParam("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }").when().get("/sparql")
                .then().statusCode(403).body("error", containsString("allowed-services"));
        given().queryParam("query", "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } } }")
                .when().get("/sparql").then().statusCode(403);
        given().queryParam("query", "SELECT * WHERE { { SELECT * { SERVICE ?x { ?s ?p ?o } } } }")
                .when().get("/sparql").then().statusCode(403).body("error", containsString("variable"));
    }

    @Test
    void oversizeQueryIsRefused() {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(150_000);
        given().contentType("application/sparql-query").body(big.getBytes(StandardCharsets.UTF_8)).when().post("/sparql")
                .then().statusCode(413).body("error", containsString("max-query-bytes"));
    }

    @Test
    void updatesAreDisabledWithoutToken() {
        given().contentType("application/sparql-update").body("DROP ALL".getBytes(StandardCharsets.UTF_8)).when().post("/update")
                .then().statusCode(403).body("error", containsString("diplograph.sparql.update-token"));
        given().queryParam("graph", G1).when().get("/gsp").then().statusCode(403);
        given().queryParam("graph", G1).when().delete("/gsp").then().statusCode(403);
        assertThat(store.hasGraph(G1)).isTrue();
    }

    @Test
    void serviceDescriptionPageAndCors() {
        byte[] sd = given().accept("text/turtle").when().get("/sparql").then().statusCode(200)
                .contentType(containsString("text/turtle")).extract().asByteArray();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(sd)).lang(Lang.TURTLE).parse(g);
        assertThat(g.find(null, org.apache.jena.graph.NodeFactory.createURI(ServiceDescription.SD + "endpoint"),
                org.apache.jena.graph.NodeFactory.createURI(sparql.toString())).hasNext()).isTrue();
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").when().get("/sparql").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Diplograph")).body(not(containsString("//cdn")));
        given().header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST")
                .when().options("/sparql").then().header("Access-Control-Allow-Origin", is("https://yasgui.example"));
        given().header("Origin", "https://yasgui.example").queryParam("query", A_VALUES).when().get("/sparql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", is("https://yasgui.example"));
    }

    @Test
    void examplesAreValidQueriesThatRun() {
        List<String> queries = given().when().get("/sparql/examples").then().statusCode(200)
                .body("prefixes.dg", is("https://w3id.org/diplograph/ontology#"))
                .body("prefixes.country", is("http://localhost:8080/id/country/"))
                .extract().jsonPath().getList("examples.query");
        assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
        for (String q : queries) {
            given().formParam("query", q).accept("application/sparql-results+json").when().post("/sparql")
                    .then().statusCode(200);
        }
    }

    @Test
    void completesPrefixedNamesAndLabels() {
        given().queryParam("prefix", "country:CH").when().get("/sparql/complete").then().statusCode(200)
                .body("iri", org.hamcrest.Matchers.hasItems("http://localhost:8080/id/country/CHL",
                        "http://localhost:8080/id/country/CHN"));
        given().queryParam("prefix", "中").when().get("/sparql/complete").then().statusCode(200)
                .body("iri", org.hamcrest.Matchers.hasItem("http://localhost:8080/id/country/CHN"))
                .body("type", org.hamcrest.Matchers.hasItem("https://w3id.org/diplograph/ontology#Country"));
        // After a property only its values: Chile was visited, China was not.
        given().queryParam("prefix", "Ch").queryParam("predicate", "http://example.org/visited")
                .when().get("/sparql/complete").then().statusCode(200)
                .body("iri", org.hamcrest.Matchers.contains("http://localhost:8080/id/country/CHL"));
        given().queryParam("prefix", "country:CH").queryParam("predicate", "http://example.org/visited")
                .when().get("/sparql/complete").then().statusCode(200)
                .body("iri", org.hamcrest.Matchers.contains("http://localhost:8080/id/country/CHL"));
        given().queryParam("prefix", "Ch").queryParam("predicate", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
                .when().get("/sparql/complete").then().statusCode(200).body("size()", is(0));
        given().queryParam("prefix", "dg:Cou").queryParam("predicate", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
                .when().get("/sparql/complete").then().statusCode(200)
                .body("iri", org.hamcrest.Matchers.contains("https://w3id.org/diplograph/ontology#Country"));
        given().queryParam("prefix", "Ch").queryParam("predicate", "> } DROP ALL").when().get("/sparql/complete")
                .then().statusCode(400);
        // Input is bound as a literal, never spliced into the query.
        given().queryParam("prefix", "\") } } SELECT * { ?s ?p ?o").when().get("/sparql/complete")
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void largeResultsStream() {
        // 200 000 rows from a cartesian product of the fixture with VALUES: streamed, counted by the client.
        String q = "SELECT ?i ?j ?k WHERE { VALUES ?i {0 1 2 3 4 5 6 7 8 9} VALUES ?j {0 1 2 3 4 5 6 7 8 9}"
                + " VALUES ?k {0 1 2 3 4 5 6 7 8 9} ?s <http://example.org/p> ?o . ?s2 <http://example.org/p> ?o2 }";
        String csv = given().queryParam("query", q).queryParam("format", "csv").when().get("/sparql")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().count()).isEqualTo(1 + 1000 * 25);
    }
}
