package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Those listed as having acted, over the clauses that add to the list. */
class ListGoesOnTest {

    @Test
    void statesAddedToTheListInLaterClausesActedToo() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "这次向卢卡申科发出当选贺电的国家仅有中国和俄罗斯，此外还有哈萨克斯坦，以及委内瑞拉等国。", "2020-08-14T08:00:00Z")
                .stream().map(e -> Set.copyOf(e.countries())))
                .containsExactlyInAnyOrder(Set.of("BLR", "CHN"), Set.of("BLR", "RUS"), Set.of("BLR", "KAZ"),
                        Set.of("BLR", "VEN"));
    }

    @Test
    void aStateNamedInAClauseThatDoesNotAddToTheListIsLeftOut() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "这次向卢卡申科发出当选贺电的国家仅有中国和俄罗斯，美国则表示不承认选举结果。", "2020-08-14T08:00:00Z")
                .stream().map(e -> Set.copyOf(e.countries())))
                .containsExactlyInAnyOrder(Set.of("BLR", "CHN"), Set.of("BLR", "RUS"));
    }
}
