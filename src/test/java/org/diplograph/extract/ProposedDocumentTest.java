package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Talks held on a proposed treaty (就拟议中的三方条约举行了会谈) have taken place: 拟议 describes the treaty. */
class ProposedDocumentTest {

    @Test
    void talksOnAProposedTreaty_haveOccurred() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "今年6月，美国和俄罗斯官员在维也纳就拟议中的三边条约举行了军控会谈。", "2020-07-24T02:00:00Z"))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(EventStatus.OCCURRED));
    }
}
