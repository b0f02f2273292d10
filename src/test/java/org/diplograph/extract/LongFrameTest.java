package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A 在…之际 frame that runs over several clauses sets the scene; what it names takes no part. */
class LongFrameTest {

    @Test
    void aCountryInAFrameOfTwoClausesIsNoSide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "在亚洲一些国家对中国不断展示强势姿态，尤其是在南中国海加强军事化感到不安之际，日本首相菅义伟周一访问越南。",
                "2020-10-19T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "VNM"));
    }

    @Test
    void aFrameThatNeverClosesFramesNothing() {
        assertThat(LongFrame.span("在北京，王毅会见了美国国务卿，双方举行会谈。", 0)).isEmpty();
    }
}
