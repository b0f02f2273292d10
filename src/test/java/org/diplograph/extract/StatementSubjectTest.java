package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The state a statement speaks about when its sentence names only who issued it ({@link StatementSubject}). */
class StatementSubjectTest {

    private static List<DiplomaticEvent> statements(String body, String published) throws Exception {
        return ExtractionFixture.events(EventType.STATEMENT, body, published);
    }

    @Test
    void theStateItsWordsNameIsTheOtherSide() throws Exception {
        assertThat(statements("欧盟本周四在一份声明中表示，中国的有关决定进一步削弱香港的自治。", "2020-11-12T10:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN");
                    assertThat(e.organizations()).containsExactly("EU");
                });
    }

    @Test
    void aStatementMadeThroughIsOneIssued() throws Exception {
        assertThat(statements("澳大利亚贸易部长特汉也在第一时间透过声明表示欢迎新西兰支持以规则为基准的贸易体系。",
                "2021-05-31T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("AUS", "NZL"));
    }

    @Test
    void hongKongInItsWordsIsNoSide() throws Exception {
        assertThat(statements("英国外交大臣拉布发布公开声明，表示港府取消四名议员资格损害香港的自由。", "2020-11-11T10:00:00Z"))
                .isEmpty();
    }

    @Test
    void moreWordsOfAStatementToldMakeNoNewOne() throws Exception {
        assertThat(statements("欧盟本周四在一份声明中表示，中国的有关决定削弱香港的自治。欧盟在声明中还说，中国应当遵守国际义务。",
                "2020-11-12T10:00:00Z")).hasSize(1);
    }
}
