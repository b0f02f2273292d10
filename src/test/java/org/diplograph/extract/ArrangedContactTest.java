package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact its sides are still arranging (正在磋商举办…会谈, 还在协调…会谈) is planned. */
class ArrangedContactTest {

    @Test
    void talksBeingArranged_arePlanned() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "美日两国政府正在磋商举办美日韩三国外长会谈。", "2021-05-02T08:00:00Z"))
                .singleElement().satisfies(t -> {
                    assertThat(t.countries()).containsExactly("JPN", "KOR", "USA");
                    assertThat(t.status()).isEqualTo(EventStatus.PLANNED);
                });
    }

    @Test
    void talksStillBeingCoordinated_arePlanned() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "目前中日双方还在协调日本首相菅义伟与中国外长王毅之间的会谈。", "2020-09-27T08:00:00Z"))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void talksHeldAfterCoordinating_haveOccurred() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "中日两国外长经过协调，今天在东京举行会谈。", "2020-09-27T08:00:00Z"))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(EventStatus.OCCURRED));
    }
}
