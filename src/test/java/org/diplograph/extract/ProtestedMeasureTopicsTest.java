package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A protest against a sanction told before is about what the sanction was about ({@link ProtestedMeasureTopics}). */
class ProtestedMeasureTopicsTest {

    @Test
    void aProtestAgainstASanctionTakesTheSanctionsMatter() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国22日以欧盟干涉新疆事务为由宣布对欧盟实施制裁。荷兰外交部23日召见中国大使，针对中国的报复性制裁表达抗议。",
                "2021-03-24T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("xinjiang", "sanctions"));
    }
}
