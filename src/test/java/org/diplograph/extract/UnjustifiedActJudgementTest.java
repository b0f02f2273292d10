package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A state that calls another's act unjustified or unacceptable protests it (triggers.tsv). */
class UnjustifiedActJudgementTest {

    private static List<DiplomaticEvent> protests(String body, String published) throws Exception {
        return ExtractionFixture.events(EventType.PROTEST, body, published);
    }

    @Test
    void callingAnotherStatesActUnjustifiedIsAProtest() throws Exception {
        assertThat(protests("德国总理默克尔称俄罗斯的驱逐行动不合理，进一步远离法治。", "2021-02-06T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("DEU", "RUS"));
        assertThat(protests("意大利外交部表示，俄罗斯此举没有理由且不公正。", "2021-04-27T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("ITA", "RUS"));
    }

    @Test
    void anUnacceptableThingDescribedIsNoJudgementOfAState() throws Exception {
        assertThat(protests("德国外交部长马斯周四抵达以色列时称，以色列有权保护自己免受大规模和不可接受的攻击。",
                "2021-05-20T10:00:00Z")).isEmpty();
    }
}
