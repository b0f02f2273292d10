package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact in a clause of purpose after a wish is what the wish is for, not a contact. */
class PurposeClauseTest {

    @Test
    void aSummitAWishIsForIsNoEvent() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "特朗普13日表示希望邀请俄罗斯总统普京访问美国，以扩大举行七大工业国集团（G7）峰会。",
                "2020-07-14T08:00:00Z");
        assertThat(summits).isEmpty();
    }

    @Test
    void aPurposeWithoutAWishKeepsTheContact() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "美国、日本、印度和澳大利亚领导人12日以视频方式举行四方峰会，以加强地区合作。",
                "2021-03-13T08:00:00Z");
        assertThat(summits).hasSize(1);
    }
}
