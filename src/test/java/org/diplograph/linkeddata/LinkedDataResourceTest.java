package org.diplograph.linkeddata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.TestFixtures;
import org.diplograph.rdf.DG;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dereferencing, content negotiation and the resource pages, over real HTTP on the seed article. */
@QuarkusTest
class LinkedDataResourceTest {

    static final String BASE = "http://localhost:8080/";

    @BeforeEach
    void ingestSeed() {
        given().header("Authorization", "Bearer test-token").contentType("text/markdown; charset=utf-8")
                .body(TestFixtures.bytes(TestFixtures.SEED)).when().post("/api/articles").then().statusCode(201);
    }

    static String phoneCall() {
        return given().queryParam("a", "KOR").queryParam("b", "CHN").when().get("/api/timeline")
                .then().statusCode(200).extract().path("events.find { it.type == 'PhoneCall' }.id");
    }

    static String path(String iri) {
        return iri.substring(BASE.length() - 1);
    }

    @Test
    void resourceIri_seesOtherToPageOrData_byAccept() {
        given().redirects().follow(false).accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .when().get("/id/country/KOR")
                .then().statusCode(303).header("Location", endsWith("/page/country/KOR")).header("Vary", "Accept");
        List<String[]> cases = List.of(new String[] {"text/turtle", "ttl"}, new String[] {"application/ld+json", "jsonld"},
                new String[] {"application/rdf+xml", "rdf"}, new String[] {"application/n-triples", "nt"},
                new String[] {"text/html;q=0.5, text/turtle", "ttl"});
        for (String[] c : cases) {
            given().redirects().follow(false).accept(c[0]).when().get("/id/country/KOR")
                    .then().statusCode(303).header("Location", endsWith("/data/country/KOR." + c[1]));
        }
        given().redirects().follow(false).when().get("/id/country/KOR")
                .then().statusCode(303).header("Location", endsWith("/page/country/KOR"));
        given().redirects().follow(false).accept("image/png").when().get("/id/country/KOR").then().statusCode(406);
    }

    @Test
    void rdfDocuments_holdOwnTriplesAndLabelsOfLinkedResources() {
        String event = phoneCall();
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES)) {
            String ext = switch (lang.getName()) {
                case "Turtle" -> "ttl";
                case "JSON-LD" -> "jsonld";
                case "RDF/XML" -> "rdf";
                default -> "nt";
            };
            byte[] body = given().when().get(path(event).replace("/id/", "/data/") + "." + ext)
                    .then().statusCode(200).contentType(containsString(lang.getHeaderString()))
                    .extract().asByteArray();
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new ByteArrayInputStream(body), lang);
            var e = m.createResource(event);
            assertThat(m.contains(e, DG.date)).as(ext).isTrue();
            assertThat(m.contains(m.createResource(BASE + "id/country/KOR"), RDFS.label, m.createLiteral("韩国", "zh")))
                    .as("label of a linked country in " + ext).isTrue();
        }
        // Following the 303 by Accept gives the same document.
        String turtle = given().accept("text/turtle").when().get("/id/country/KOR").then().statusCode(200)
                .contentType(containsString("text/turtle")).extract().asString();
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(turtle.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Lang.TURTLE);
        assertThat(m.contains(m.createResource(BASE + "id/country/KOR"), DG.iso3166Alpha3, "KOR")).isTrue();
        assertThat(m.contains(null, ResourceFactory.createProperty("https://schema.org/sameAs"))).isTrue();
    }

    @Test
    void unknownResources_are404Pages() {
        given().accept("text/html").when().get("/id/country/XYZ")
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("404"))
                .body(not(containsString("Exception")));
        given().accept("text/html").when().get("/page/event/0000000000000000").then().statusCode(404)
                .contentType(containsString("text/html"));
        given().accept("text/html").when().get("/id/spaceship/1").then().statusCode(404);
        given().accept("text/turtle").when().get("/id/country/XYZ").then().statusCode(404);
        given().when().get("/data/country/KOR.docx").then().statusCode(404);
        given().when().get("/data/country/XYZ.ttl").then().statusCode(404);
    }

    @Test
    void countryPage_labelsFollowAcceptLanguage_withSwitchAndAlternates() {
        given().header("Accept-Language", "en-GB,en;q=0.9").when().get("/page/country/KOR")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>South Korea"))
                .body(containsString("href=\"/page/country/CHN?lang=en\">China</a>"))
                .body(containsString("/timeline?a=KOR&amp;b=CHN"))
                .body(containsString("<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/country/KOR.ttl\">"))
                .body(containsString("<link rel=\"alternate\" type=\"application/ld+json\" href=\"/data/country/KOR.jsonld\">"))
                .body(containsString("<link rel=\"alternate\" type=\"application/rdf+xml\" href=\"/data/country/KOR.rdf\">"))
                .body(containsString("<link rel=\"alternate\" type=\"application/n-triples\" href=\"/data/country/KOR.nt\">"))
                .body(containsString("lang=zh"))
                .body(containsString("Q884"))
                .body(containsString("赵兑烈"));
        given().header("Accept-Language", "zh-CN,zh;q=0.9").when().get("/page/country/KOR")
                .then().statusCode(200).body(containsString("<h1>韩国")).body(containsString("韓國"))
                .body(containsString(">中国</a>")).body(containsString("lang=en"));
        given().header("Accept-Language", "zh-CN").queryParam("lang", "en").when().get("/page/country/KOR")
                .then().statusCode(200).body(containsString("<h1>South Korea"));
        given().queryParam("page", 99).when().get("/page/country/KOR").then().statusCode(200)
                .body(containsString("2024-02-06"));
        given().queryParam("lang", "en").when().get("/page/organization/KCNA")
                .then().statusCode(200).body(containsString("Korean Central News Agency")).body(containsString("朝中社"));
    }

    @Test
    void eventPage_showsTypeCameoParticipantsTopicsAndEvidence() {
        String event = phoneCall();
        given().queryParam("lang", "en").when().get(path(event).replace("/id/", "/page/"))
                .then().statusCode(200)
                .body(containsString("CAMEO code 041"))
                .body(containsString("2024-02-06"))
                .body(containsString("王毅</a>, Foreign Minister"))
                .body(containsString("Supply chains"))
                .body(containsString("韩国新外长赵兑烈与中国外长王毅首次通电话"))
                .body(containsString("<blockquote>"))
                .body(containsString("https://www.rfi.fr/cn/"))
                .body(containsString("class=\"source-link\" href=\"/page/article/"));
    }

    @Test
    void articlePersonAndTopicPages_linkBackToEvents() {
        String event = phoneCall();
        String article = given().queryParam("a", "KOR").queryParam("b", "CHN").when().get("/api/timeline")
                .then().extract().path("events.find { it.type == 'PhoneCall' }.sources[0].iri");
        given().queryParam("lang", "zh").when().get(path(article).replace("/id/", "/page/"))
                .then().statusCode(200).body(containsString("<h1>韩国新外长赵兑烈与中国外长王毅首次通电话</h1>"))
                .body(containsString(path(event).replace("/id/", "/page/")))
                .body(containsString("法国国际广播电台"));
        String person = given().queryParam("a", "KOR").queryParam("b", "CHN").when().get("/api/timeline")
                .then().extract().path("events.find { it.type == 'PhoneCall' }.participants.find { it.label == '赵兑烈' }.iri");
        given().queryParam("lang", "en").when().get(path(person).replace("/id/", "/page/"))
                .then().statusCode(200).body(containsString("<h1>赵兑烈"))
                .body(containsString("Foreign Minister")).body(containsString("South Korea"))
                .body(containsString("China</a>"))
                .body(containsString(path(event).replace("/id/", "/page/")));
        given().queryParam("lang", "en").when().get("/page/topic/supply-chains")
                .then().statusCode(200).body(containsString("<h1>Supply chains"))
                .body(containsString(path(event).replace("/id/", "/page/")));
        given().queryParam("lang", "en").when().get("/page/position/foreign-minister")
                .then().statusCode(200).body(containsString("Foreign Minister"));
    }

    @Test
    void search_findsByAnyNameInEitherScript_andSuggests() {
        for (String q : List.of("韩国", "南韩", "韓國", "south korea", "Republic of Korea")) {
            given().queryParam("q", q).queryParam("lang", "en").when().get("/api/suggest")
                    .then().statusCode(200).body("[0].iri", is(BASE + "id/country/KOR"))
                    .body("[0].href", is("/page/country/KOR?lang=en")).body("[0].label", is("South Korea"));
        }
        given().queryParam("q", "赵兑").when().get("/api/suggest")
                .then().statusCode(200).body("[0].label", is("赵兑烈")).body("[0].kind", is("person"));
        // Known persons are found by their other spellings too: traditional script, English.
        for (String q : List.of("趙兌烈", "Cho Tae-yul")) {
            given().queryParam("q", q).when().get("/api/suggest")
                    .then().statusCode(200).body("[0].label", is("赵兑烈")).body("[0].kind", is("person"));
        }
        given().queryParam("q", "供应链").queryParam("lang", "zh").when().get("/api/suggest")
                .then().statusCode(200).body("kind", org.hamcrest.Matchers.hasItem("topic"));
        given().queryParam("q", "首次通电话").when().get("/api/suggest")
                .then().statusCode(200).body("[0].kind", is("article"));
        given().queryParam("q", "韩国").queryParam("lang", "zh").when().get("/search")
                .then().statusCode(200).body(containsString("href=\"/page/country/KOR?lang=zh\">韩国</a>"));
        given().queryParam("q", "\"}) . ?x ?y ?z").when().get("/api/suggest").then().statusCode(200);
        given().queryParam("q", "x".repeat(200)).when().get("/api/suggest").then().statusCode(400);
    }

    @Test
    void homePage_countsAndLatestEvents() {
        given().header("Accept-Language", "en").when().get("/")
                .then().statusCode(200).body(containsString("What the graph holds"))
                .body(containsString("phone call")).body(containsString("/browse/suggest.js"))
                .body(containsString("lang=zh"));
        given().when().get("/browse/suggest.js").then().statusCode(200);
        given().when().get("/browse/style.css").then().statusCode(200);
    }
}
