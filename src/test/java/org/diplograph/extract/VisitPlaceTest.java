package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The country named right before the verb of visiting (在德国访问, 到台湾访问) is the host, and a sentence
 * that tells a visit and another side's reaction to it gives the visit the sides of its own clause.
 */
class VisitPlaceTest {

    @Test
    void placeBeforeVerb_isHost_andVisitorIsDescribedAfterIt() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "正在德国访问的中国国务委员兼外长王毅表示，中国决不会坐视不管。", "2020-08-31T12:00:00Z");
        assertThat(visits).extracting(DiplomaticEvent::countries).containsExactly(List.of("CHN", "DEU"));
    }

    @Test
    void visitAndReactionInOneSentence_visitKeepsSidesOfItsClause() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "捷克参议院议长维特齐30日率团到台湾访问，中国外交部长王毅表示中方坚决反对。", "2020-08-31T12:00:00Z");
        assertThat(visits).extracting(DiplomaticEvent::countries).containsExactly(List.of("CZE", "TWN"));
    }

    @Test
    void countriesListedAfterVerb_areAllVisited() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "美国国务卿蓬佩奥7月21日访问英国和丹麦。", "2020-07-17T12:00:00Z");
        assertThat(visits).extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("GBR", "USA"), List.of("DNK", "USA"));
    }

    @Test
    void visitWithHostAfterVerb_keepsVisitorOfItsClause() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "对于王毅恫吓维特齐，捷克外长佩崔切克今天稍早在启程赴斯洛维尼亚访问前表示，王毅的发言已逾越尺度。",
                "2020-08-31T12:00:00Z");
        assertThat(visits).extracting(DiplomaticEvent::countries).containsExactly(List.of("CZE", "SVN"));
    }
}
