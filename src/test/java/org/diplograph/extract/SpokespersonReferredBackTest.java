package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence opening on a bare 发言人 goes on quoting the spokesperson named just before. */
class SpokespersonReferredBackTest {

    private static final String PUBLISHED = "2020-08-27T12:00:00Z";
    private static final String NAMED = "中国外交部发言人赵立坚在27日的例行记者会上表示，中方在本国领土上开展建设完全是主权范围内的事。";

    @Test
    void bareSpokesperson_isTheOneNamedBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                NAMED + "发言人还说，美方因中方企业参与建设而对其实施非法制裁，毫无道理。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.persons())
                        .anySatisfy(p -> assertThat(p.name()).isEqualTo("赵立坚")));
    }

    @Test
    void spokespersonNamedNowhereBefore_isNotSupplied() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中方在本国领土上开展建设完全是主权范围内的事。发言人还说，美方因中方企业参与建设而对其实施非法制裁，毫无道理。",
                PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.persons()).isEmpty());
    }
}
