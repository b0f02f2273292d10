package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 将 that brings the object of a listing before its verb tells what was done, not what will be. */
class DisposalMarkerTest {

    private static final String PUBLISHED = "2020-07-10T08:00:00Z";

    @Test
    void officialsListedWithJiang_wereSanctioned() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "美国财政部周四以涉及重大人权侵犯为由，将四名中国政府官员列入制裁名单。", PUBLISHED))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "USA");
                    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
                });
    }

    @Test
    void listingStillToCome_isPlanned() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "美国财政部表示，将于下周把四名中国政府官员列入制裁名单。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }
}
