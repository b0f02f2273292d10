package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Talks held on arriving for a visit (访问美国，与…讨论), planned when the visit's clause says so. */
class ChainedPlanTest {

    @Test
    void discussionOnAPlannedVisit_isPlannedTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "韩国外交部副部长崔钟建最快将在本周访问美国，与美国副国务卿比根讨论韩美外交安全事宜。", "2020-09-07T08:00:00Z"))
                .singleElement().satisfies(t -> {
                    assertThat(t.countries()).containsExactly("KOR", "USA");
                    assertThat(t.status()).isEqualTo(EventStatus.PLANNED);
                });
    }

    @Test
    void discussionOnAVisitMade_isTalksHeld() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "韩国外交部副部长崔钟建上周访问了美国，与美国副国务卿比根讨论韩美外交安全事宜。", "2020-09-07T08:00:00Z"))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(EventStatus.OCCURRED));
    }

    @Test
    void discussionWithoutAVisit_isNoTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "韩国外交部副部长崔钟建表示，与美国副国务卿比根讨论了韩美外交安全事宜。", "2020-09-07T08:00:00Z")).isEmpty();
    }
}
