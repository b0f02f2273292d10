package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A protest that condemns "this act" (谴责这一行径) is aimed at the state the act just told concerns. */
class CondemnedActReferredBackTest {

    private static final String PUBLISHED = "2020-12-13T12:00:00Z";
    private static final String ACT = "周六法国对伊朗处决持不同政见记者扎姆发出严正谴责。";

    @Test
    void condemningThisAct_isAimedAtTheStateOfTheActToldBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                ACT + "在扎姆被处死后，欧盟发出一份声明表示：“欧盟最强烈谴责这一行径。”", PUBLISHED))
                .anySatisfy(e -> {
                    assertThat(e.countries()).containsExactly("IRN");
                    assertThat(e.organizations()).containsExactly("EU");
                });
    }

    @Test
    void condemningWithoutReferringBack_findsNoTarget() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                ACT + "在扎姆被处死后，欧盟发出一份声明表示：“欧盟坚决反对使用死刑。”", PUBLISHED))
                .noneSatisfy(e -> assertThat(e.organizations()).contains("EU"));
    }
}
