package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sanction that is the subject of a judgement is no sanction imposed in its sentence ({@link JudgedMeasure}). */
class JudgedMeasureTest {

    @Test
    void sanctionJudgedAsJustIsNoneImposed() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "中国驻比利时大使表示，中国决定对包括一名比利时议员在内的10名欧方人员实施制裁是捍卫自身合法权益的正义之举。",
                "2021-03-24T10:00:00Z"))
                .isEmpty();
    }

    @Test
    void sanctionDecidedIsImposed() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "中国外交部22日宣布，中国决定对比利时议员实施制裁。", "2021-03-22T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("BEL", "CHN"));
    }
}
