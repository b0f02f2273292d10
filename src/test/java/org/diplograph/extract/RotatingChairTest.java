package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The state said to hold the rotating chair before a summit its sentence reports chairs that summit. */
class RotatingChairTest {

    @Test
    void rotatingChairBeforeTheSummitItOrganised_isASide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT,
                "越南作为轮值主席表现不俗，今年4月成功地组织了东盟与中、日、韩高官视讯会议。", "2020-06-28T08:00:00Z"))
                .singleElement().satisfies(summit -> {
                    assertThat(summit.organizations()).containsExactly("ASEAN");
                    assertThat(summit.countries()).containsExactly("CHN", "JPN", "KOR", "VNM");
                });
    }
}
