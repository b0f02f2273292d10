package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A pair that protests together stands on one side: no protest between the two of them. */
class JointProtestersTest {

    private static final String PUBLISHED = "2023-03-22T12:00:00Z";

    @Test
    void aPairProtestingTogetherIsNoProtestBetweenThem() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST, "委古两国谴责美借人权问题干涉他国内政。", PUBLISHED))
                .noneMatch(e -> e.countries().equals(List.of("CUB", "VEN")));
    }

    @Test
    void aPairTheProtestIsAimedAtStands() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "古巴外长罗德里格斯21日发文强烈谴责美国对古巴的制裁。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CUB", "USA"));
    }
}
