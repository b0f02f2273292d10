package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A measure framed as what a protest answers (针对…遭美国政府制裁，…提出抗议) is an event where the article
 * reports it nowhere else, and only named again where it does ({@link MeasureReactedTo}).
 */
class MeasureReactedToTest {

    @Test
    void aSanctionOnlyAProtestAnswersIsAnUndatedEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "针对14名中国官员遭美国政府制裁，中国外交部副部长郑泽光8日召见美国驻华大使馆临时代办提出抗议。",
                "2020-12-08T08:00:00Z"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "USA");
                    assertThat(e.dateIsReportDate()).isTrue();
                });
    }

    @Test
    void aSanctionReportedBeforeIsOnlyNamedAgainByTheProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "美国财政部7日宣布对14名中国官员实施制裁。针对14名中国官员遭美国政府制裁，中国外交部副部长郑泽光8日"
                        + "召见美国驻华大使馆临时代办提出抗议。", "2020-12-08T08:00:00Z"))
                .extracting(DiplomaticEvent::key)
                .containsExactly("Sanction|CHN,USA|2020-12-07");
    }

    @Test
    void aPassiveNamesWhoImposedTheSanction() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "多名中国官员7日遭美国政府制裁。",
                "2020-12-08T08:00:00Z"))
                .extracting(DiplomaticEvent::key)
                .containsExactly("Sanction|CHN,USA|2020-12-07");
    }

    @Test
    void theFramedMeasureTakesNoDateOfTheReaction() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "中国驻美国使馆发言人周二就美国国务院涉南海声明称，美方声明是渲染南海地区紧张局势，中方对此坚决反对。",
                "2020-07-16T08:00:00Z"))
                .singleElement()
                .satisfies(e -> assertThat(e.dateIsReportDate()).isTrue());
    }

    @Test
    void aSanctionAProtestIsLodgedAboutIsNoReasonGivenForIt() throws Exception {
        assertThat(ExtractionFixture.events("中国外交部副部长郑泽光8日召见美国驻华大使馆临时代办，"
                + "就美国宣布对14名中国官员实施制裁提出抗议。", "2020-12-10T08:00:00Z"))
                .extracting(DiplomaticEvent::key)
                .containsExactly("Protest|CHN,USA|2020-12-08");
    }
}
