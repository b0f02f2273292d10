package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A meeting held to lodge a protest is the protest. */
class DemarcheMeetingTest {

    private static final String DEMARCHE = "中国驻比利时大使曹忠明23日会见比利时外交大臣办公室主任，就欧盟对华实施单边制裁事提出严正交涉。";

    @Test
    void aMeetingHeldToLodgeAProtestIsNoMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING, DEMARCHE, "2021-03-24T12:00:00Z")).isEmpty();
    }

    @Test
    void theProtestLodgedAtItRemains() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST, DEMARCHE, "2021-03-24T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("BEL", "CHN"));
    }

    @Test
    void aMeetingThatDiscussesAnIssueIsAMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "中国驻比利时大使曹忠明23日会见比利时外交大臣，就双边关系交换意见。", "2021-03-24T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("BEL", "CHN"));
    }
}
