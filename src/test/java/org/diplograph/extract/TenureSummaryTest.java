package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a whole term of office brought sums up years of acts and reports none of them. */
class TenureSummaryTest {

    @Test
    void actsOfATerm_areNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "在美国前总统特朗普任期间，美国增加了对台军售的规模与次数，更派遣高层级官员访问台湾。",
                "2021-02-06T08:00:00Z")).isEmpty();
    }

    @Test
    void visitWithoutATermFrame_isStillOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国卫生部长艾萨9日抵达台湾，展开3天的访问。", "2020-08-10T08:00:00Z")).isNotEmpty();
    }
}
