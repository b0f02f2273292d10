package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who reacts to a contact, or is asked about it, takes no part in it. */
class ReactingVoiceTest {

    @Test
    void speakerAfterFramedContact_isNoSide() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "针对美国卫生部长艾萨访问台湾，今天并会晤总统蔡英文，中国外交部发言人赵立坚今天说，中方已就此向美方提出严正交涉。",
                "2020-08-10T12:00:00Z");
        assertThat(meetings).extracting(DiplomaticEvent::countries).containsExactly(List.of("TWN", "USA"));
    }

    @Test
    void sideAskedAboutVisit_isNoSide() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "有媒体询问，美国卫生部长艾萨9日抵达台湾展开3天的访问，中方对此有何评论？", "2020-08-10T12:00:00Z");
        assertThat(visits).extracting(DiplomaticEvent::countries).containsExactly(List.of("TWN", "USA"));
    }

    @Test
    void outsidersReaction_isNotTheContactsTopic() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "针对美国卫生部长艾萨访问台湾，今天并会晤总统蔡英文，中国外交部发言人赵立坚今天说，中方敦促美方停止与台湾官方往来，以免伤害台海和平稳定。",
                "2020-08-10T12:00:00Z");
        assertThat(meetings).singleElement().extracting(DiplomaticEvent::topics).asList().doesNotContain("taiwan");
    }

    @Test
    void sidesOwnReaction_tellsWhatTheContactIsFor() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "针对中国指捷克参议长访问台湾将付出代价，台湾经济部长王美花周一表示，捷克团来台是为了深化双方经贸交流。",
                "2020-08-31T12:00:00Z");
        assertThat(visits).isNotEmpty().allSatisfy(v -> assertThat(v.topics()).contains("economic-cooperation"));
    }
}
