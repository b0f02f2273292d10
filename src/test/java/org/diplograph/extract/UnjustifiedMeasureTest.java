package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An official who says another state's measure is groundless (毫无道理) protests it. */
class UnjustifiedMeasureTest {

    private static final String PUBLISHED = "2020-08-27T12:00:00Z";

    @Test
    void measureCalledGroundless_isProtested() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部发言人赵立坚说，美方对中方企业实施非法制裁，毫无道理。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void groundlessnessDenied_isNoProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部发言人赵立坚说，美方的担忧并不是毫无道理。", PUBLISHED)).isEmpty();
    }
}
