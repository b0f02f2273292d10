package org.diplograph.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Without a configured token, writes over HTTP are switched off and say how to switch them on. */
@QuarkusTest
@TestProfile(IngestDisabledTest.NoToken.class)
class IngestDisabledTest {

    public static class NoToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("diplograph.ingest.token", "");
        }
    }

    @Test
    void ingestIsForbiddenWithoutToken() {
        given().header("Authorization", "Bearer anything").contentType("text/markdown")
                .body(TestFixtures.bytes(TestFixtures.SEED))
                .when().post("/api/articles")
                .then().statusCode(403).body("error", containsString("diplograph.ingest.token"));
    }
}
