package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An act that names only sanctions is about what the story's sanctions were imposed for. */
class ReactionToSanctionTest {

    private static final String SANCTION = "欧盟22日就新疆人权问题对中国官员实施制裁。</p><p>";

    @Test
    void aProtestAgainstSanctions_takesTheirMatter() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                SANCTION + "德国外交部23日召见中国大使，对中方的报复性制裁表示抗议。", "2021-03-24T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("sanctions", "xinjiang"));
    }

    @Test
    void aProtestNamingItsOwnMatter_keepsIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                SANCTION + "德国外交部23日召见中国大使，就香港问题和制裁表示抗议。", "2021-03-24T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("hong-kong").doesNotContain("xinjiang"));
    }
}
