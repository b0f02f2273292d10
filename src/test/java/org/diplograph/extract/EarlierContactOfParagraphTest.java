package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The paragraphs after an earlier contact told as background are not about it ({@link EarlierContactOfParagraph}). */
class EarlierContactOfParagraphTest {

    private static final String ARTICLE = "<p>国家主席习近平11月17日在曼谷会见菲律宾总统马科斯。</p>"
            + "<p>习近平指出，今年5月我们通电话时，就新时期中菲关系发展达成一系列重要共识。</p>"
            + "<p>习近平强调，双方要妥善处理南海问题，加强能源合作。</p>";

    @Test
    void theNextParagraphIsNotAboutTheEarlierCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL, ARTICLE, "2022-11-18T10:00:00Z"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.topics()).doesNotContain("south-china-sea", "energy"));
    }

    @Test
    void itIsAboutTheContactOfTheStory() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING, ARTICLE, "2022-11-18T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("south-china-sea", "energy"));
    }
}
