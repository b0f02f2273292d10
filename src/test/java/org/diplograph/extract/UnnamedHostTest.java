package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A protest lodged with the host country of unnamed posts names no side ({@link UnnamedHost}). */
class UnnamedHostTest {

    @Test
    void protestWithTheHostOfUnnamedPostsHasNoSide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "制裁纷争最近在中国与欧盟间延烧，中国驻馆也不甘示弱，对外宣传向所在国“提出严正交涉”。",
                "2021-03-24T10:00:00Z"))
                .isEmpty();
    }

    @Test
    void protestWithANamedHostStands() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "制裁纷争最近在中国与欧盟间延烧，中国驻丹麦大使馆也向丹麦外交部提出严正交涉。", "2021-03-24T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "DNK"));
    }
}
