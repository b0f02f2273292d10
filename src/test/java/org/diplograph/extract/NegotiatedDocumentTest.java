package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Negotiations in a relative clause on the document they produced are no talks of the sentence. */
class NegotiatedDocumentTest {

    @Test
    void negotiationsDescribingAgreement_areNoTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "包括东盟成员在内的亚太15国于去年底完成谈判步骤的《区域全面经济伙伴关系协定》因印度宣布退出迄今未见进展。",
                "2020-06-28T12:00:00Z")).isEmpty();
    }

    @Test
    void negotiationsHeld_areTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "中国和东盟10国27日在北京举行谈判，讨论南海行为准则。", "2020-06-28T12:00:00Z")).isNotEmpty();
    }
}
