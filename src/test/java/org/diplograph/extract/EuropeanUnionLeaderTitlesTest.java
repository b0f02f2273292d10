package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The title of an EU leader names the Union itself (欧盟委员会主席, 欧洲理事会主席): the Union is a side of the
 * contact, and the leader takes part as its chairman.
 */
class EuropeanUnionLeaderTitlesTest {

    @Test
    void commissionPresidentsCall_hasTheUnionAsASide() throws Exception {
        var events = ExtractionFixture.events(EventType.PHONE_CALL,
                "周一，欧盟委员会主席冯德莱恩与中国国家主席习近平通电话。", "2020-06-23T08:00:00Z");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("CHN");
            assertThat(e.organizations()).containsExactly("EU");
            assertThat(e.persons()).extracting(Participant::name, p -> p.position().orElse(""))
                    .contains(tuple("冯德莱恩", "chairman"));
        });
    }

    @Test
    void councilPresidentsMeeting_hasTheUnionAsASide() throws Exception {
        var events = ExtractionFixture.events(EventType.MEETING,
                "欧洲理事会主席米歇尔18日在布鲁塞尔会见日本首相菅义伟。", "2020-06-23T08:00:00Z");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("JPN");
            assertThat(e.organizations()).containsExactly("EU");
        });
    }
}
