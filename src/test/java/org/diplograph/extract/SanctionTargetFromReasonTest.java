package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sanction whose own clause names only a company takes its sides from the opposition given as its reason ({@link ReasonForSanction}). */
class SanctionTargetFromReasonTest {

    @Test
    void theSideOpposedIsTheOneSanctioned() throws Exception {
        assertThat(ExtractionFixture.events("中国外交部发言人赵立坚周二表示，中方坚决反对美国对台湾出售武器，"
                + "决定对军售案主要承包商洛克希德马丁公司实施制裁。", "2020-07-14T10:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.SANCTION);
                    assertThat(e.countries()).containsExactly("CHN", "USA");
                });
    }
}
