package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A state visit, and the invitation to it, is about the relations of the two states. */
class StateVisitTest {

    private static final String REPORT = "应国家主席习近平邀请，古巴国家主席迪亚斯-卡内尔将于11月24日至26日对中国进行国事访问。";

    @Test
    void aStateVisit_isAboutTheRelations() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, REPORT, "2022-11-21T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("bilateral-relations"));
    }

    @Test
    void theInvitationToIt_isToo() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION, REPORT, "2022-11-21T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("bilateral-relations"));
    }

    @Test
    void aWorkingVisit_isNot() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国副国务卿谢尔曼据报计划下周访华。", "2021-07-14T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).doesNotContain("bilateral-relations"));
    }
}
