package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A consensus reached with a host's leaders during a visit was reached meeting them. */
class ConsensusOnVisitTest {

    @Test
    void aConsensusReachedWithTheHostOnAVisit_isAMeeting() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "赵乐际表示，今年4月，习近平总书记、国家主席对越南成功进行国事访问，同苏林总书记等越南领导人达成一系列重要共识。",
                "2025-08-20T12:00:00Z");
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.countries()).containsExactlyInAnyOrder("CHN", "VNM");
            assertThat(m.persons()).extracting(Participant::name).contains("习近平", "苏林");
        });
    }

    @Test
    void aConsensusReachedWithoutAVisit_isNoMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "中美双方就贸易问题达成一系列共识。", "2025-08-20T12:00:00Z")).isEmpty();
    }
}
