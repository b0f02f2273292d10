package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A joint statement issued under its title after a meeting (会后共同发表了《…联合声明》) is an act of the meeting's
 * sides; a title named without being issued is a document spoken of.
 */
class IssuedTitledStatementTest {

    private static final String PUBLISHED = "2020-06-28T10:00:00Z";

    @Test
    void titledJointStatementIssuedAfterAMeeting_isTheMeetingSidesStatement() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "今年4月，越南组织了东盟与中、日、韩高官视讯会议，会后共同发表了《东盟与中日韩经济部长联合声明》，各方在医疗合作"
                        + "方面取得共识。", PUBLISHED))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).contains("CHN", "JPN", "KOR");
                    assertThat(e.organizations()).containsExactly("ASEAN");
                });
    }

    @Test
    void titledStatementOnlyNamed_isNoStatement() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "英国外交部表示，中国违反了《中英联合声明》。", PUBLISHED)).isEmpty();
    }
}
