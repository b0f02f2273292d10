package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 华为 read across 访华 and 为 (访华为…铺路) is no talk of Huawei; Huawei named is technology. */
class ChinaBeforeWeiTest {

    @Test
    void visitToChinaPavingTheWay_isNoTechnology() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国副国务卿谢尔曼下周访华为两国领导人会晤铺路。", "2021-07-14T08:00:00Z"))
                .singleElement().satisfies(v -> assertThat(v.topics()).doesNotContain("technology"));
    }

    @Test
    void huaweiDiscussedOnAVisit_isTechnology() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国副国务卿谢尔曼下周访华，将讨论华为问题。", "2021-07-14T08:00:00Z"))
                .singleElement().satisfies(v -> assertThat(v.topics()).contains("technology"));
    }
}
