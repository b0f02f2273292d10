package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement about "this matter" concerns the state the matter just told is about. */
class MatterReferredBackTest {

    private static final String PUBLISHED = "2020-11-12T12:00:00Z";
    private static final String MATTER = "欧盟本周四在一份声明中表示，中国的有关决定进一步削弱香港的自治。";

    @Test
    void aStatementOnThisMatterConcernsTheStateOfTheMatter() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                MATTER + "英国外交大臣拉布也针对此事发布公开声明，表示港府取消四名民主派议员资格，损害香港的自由。", PUBLISHED))
                .anySatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "GBR"));
    }

    @Test
    void aStatementNamingNoMatterStaysWithoutASecondSide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                MATTER + "英国外交大臣拉布也发布公开声明，表示英国重视香港的自由。", PUBLISHED))
                .noneSatisfy(e -> assertThat(e.countries()).contains("GBR"));
    }
}
