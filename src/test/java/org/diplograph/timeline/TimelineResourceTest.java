package org.diplograph.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.TestFixtures;
import org.diplograph.rdf.DG;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timelines over real HTTP: filters, pagination, sides by code, name or IRI, downloads and the page. */
@QuarkusTest
class TimelineResourceTest {

    @BeforeEach
    void ingest() {
        for (String article : List.of(TestFixtures.SEED, "cctv-20221121.md", "cna-feedx-jekyll.md")) {
            given().header("Authorization", "Bearer test-token").contentType("text/markdown; charset=utf-8")
                    .body(TestFixtures.bytes(article)).when().post("/api/articles").then().statusCode(201);
        }
    }

    @Test
    void api_filtersByTypeStatusLevelAndDates() {
        given().queryParam("a", "KOR").queryParam("b", "CHN").when().get("/api/timeline")
                .then().statusCode(200).body("total", is(2)).body("events", hasSize(2))
                .body("events.level", everyItem(is("minister")));
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("type", "PhoneCall").when().get("/api/timeline")
                .then().statusCode(200).body("total", is(1)).body("events[0].type", is("PhoneCall"));
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("type", "PhoneCall,Invitation")
                .when().get("/api/timeline").then().statusCode(200).body("total", is(2));
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("level", "head").when().get("/api/timeline")
                .then().statusCode(200).body("total", is(0));
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("level", "minister")
                .queryParam("status", "occurred").when().get("/api/timeline")
                .then().statusCode(200).body("total", is(2));
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("status", "planned").when().get("/api/timeline")
                .then().statusCode(200).body("total", is(0));
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("from", "2024-02-07").when().get("/api/timeline")
                .then().statusCode(200).body("total", is(0));
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("from", "2024-02").queryParam("to", "2024")
                .when().get("/api/timeline").then().statusCode(200).body("total", is(2));
    }

    @Test
    void api_pages() {
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("size", 1).when().get("/api/timeline")
                .then().statusCode(200).body("total", is(2)).body("page", is(1)).body("size", is(1))
                .body("events", hasSize(1));
        String first = given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("size", 1)
                .when().get("/api/timeline").then().extract().path("events[0].id");
        String second = given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("size", 1).queryParam("page", 2)
                .when().get("/api/timeline").then().statusCode(200).body("events", hasSize(1)).extract().path("events[0].id");
        assertThat(second).isNotEqualTo(first);
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("page", 3).queryParam("size", 1)
                .when().get("/api/timeline").then().statusCode(200).body("events", hasSize(0)).body("total", is(2));
    }

    @Test
    void api_refusesMalformedFilters() {
        for (String[] bad : List.of(new String[] {"type", "phone call"}, new String[] {"level", "king"},
                new String[] {"status", "maybe"}, new String[] {"from", "yesterday"}, new String[] {"page", "0"},
                new String[] {"size", "100000"}, new String[] {"format", "xlsx"})) {
            given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam(bad[0], bad[1]).when().get("/api/timeline")
                    .then().statusCode(400).body("error", containsString(bad[0]));
        }
    }

    @Test
    void sides_byCodeNameInEitherScriptOrIri_andOneSided() {
        for (String a : List.of("KOR", "kor", "韩国", "南韓", "South Korea", "http://localhost:8080/id/country/KOR")) {
            given().queryParam("a", a).queryParam("b", "中国").when().get("/api/timeline")
                    .then().statusCode(200).body("a.iso3", is("KOR")).body("b.iso3", is("CHN")).body("total", is(2));
        }
        given().queryParam("a", "CHN").when().get("/api/timeline")
                .then().statusCode(200).body("b", is((Object) null)).body("total", greaterThan(2))
                .body("events.actors.flatten().iso3", hasItem("JAM"));
        String wangYi = given().queryParam("a", "KOR").queryParam("b", "CHN").when().get("/api/timeline")
                .then().extract().path("events[0].participants.find { it.label == '王毅' }.iri");
        given().queryParam("a", wangYi).when().get("/api/timeline")
                .then().statusCode(200).body("a.label", is("王毅")).body("total", greaterThan(0));
        given().queryParam("a", "Atlantis").when().get("/api/timeline").then().statusCode(400);
    }

    @Test
    void downloads_csvJsonTurtle_ofTheSameSelection() {
        String csv = given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("type", "PhoneCall")
                .queryParam("format", "csv").when().get("/api/timeline")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("event,type,date,");
        assertThat(lines.get(1)).contains("PhoneCall", "2024-02-06", "王毅", "https://www.rfi.fr/cn/");
        given().queryParam("a", "KOR").queryParam("b", "CHN").accept("text/csv").when().get("/api/timeline")
                .then().statusCode(200).contentType(containsString("text/csv"));

        String ttl = given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("format", "ttl")
                .when().get("/api/timeline").then().statusCode(200).contentType(containsString("text/turtle"))
                .extract().asString();
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertThat(m.listSubjectsWithProperty(RDF.type, DG.DiplomaticEvent).toList()).hasSize(2);
        assertThat(m.listSubjectsWithProperty(RDF.type, DG.PhoneCall).toList()).hasSize(1);
        assertThat(m.listSubjectsWithProperty(DG.agent).toList()).isNotEmpty();

        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("format", "json").when().get("/api/timeline")
                .then().statusCode(200).contentType(containsString("application/json")).body("total", is(2));
        given().queryParam("a", "KOR").queryParam("b", "CHN").accept("image/png").when().get("/api/timeline")
                .then().statusCode(406);
    }

    @Test
    void page_drawsChartListsContactsAndKeepsFiltersInUrl() {
        String html = given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("lang", "en")
                .when().get("/timeline").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg")).body(containsString("<rect class=\"bar\""))
                .body(containsString("South Korea")).body(containsString("China"))
                .body(containsString("2024-02-06")).body(containsString("phone call"))
                .body(containsString("王毅</a> (Foreign Minister, CHN)"))
                .body(containsString("First contact")).body(containsString("Most frequent topics"))
                .body(containsString("/api/timeline?a=KOR&amp;b=CHN&amp;format=csv"))
                .body(containsString("format=ttl")).body(containsString("format=json"))
                .body(containsString("class=\"source-link\" href=\"/page/article/"))
                .body(containsString("class=\"event-link\" href=\"/page/event/"))
                .extract().asString();
        assertThat(html).doesNotContain("Exception");
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("type", "Invitation").queryParam("lang", "zh")
                .when().get("/timeline").then().statusCode(200)
                .body(containsString("value=\"Invitation\" checked"))
                .body(containsString("1 次交往"))
                .body(not(containsString("data-type=\"PhoneCall\"")))
                .body(containsString("/api/timeline?a=KOR&amp;b=CHN&amp;type=Invitation&amp;format=csv"));
        given().queryParam("a", "CHN").queryParam("by", "year").when().get("/timeline").then().statusCode(200)
                .body(containsString("每年交往次数"));
        // Long timelines are paged like every list, keeping the filters in the links.
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("size", "1").queryParam("page", "2")
                .queryParam("lang", "en").when().get("/timeline").then().statusCode(200)
                .body(containsString("rel=\"prev\""))
                .body(matchesPattern("(?s).*href=\"/timeline\\?a=KOR&amp;b=CHN&amp;size=1&amp;lang=en&amp;page=1\".*"))
                .body(containsString("page 2 of"));
        given().queryParam("a", "KOR").queryParam("b", "CHN").queryParam("by", "decade").when().get("/timeline")
                .then().statusCode(400);
        // A browser gets the bad filter explained on a page, not as JSON.
        given().accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").header("Accept-Language", "en")
                .queryParam("a", "KOR").queryParam("b", "CHN").queryParam("from", "yesterday")
                .when().get("/timeline")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("400 · Bad request")).body(containsString("yesterday"));
    }
}
