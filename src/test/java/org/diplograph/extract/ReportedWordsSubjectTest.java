package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A state the reported words of a one-sided protest open on is the protest's other side. */
class ReportedWordsSubjectTest {

    private static final String PUBLISHED = "2020-08-25T10:00:00Z";

    @Test
    void stateOpeningTheProtestersWords_isTheOneProtestedAgainst() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国商务部发言人高峰于8月20日在北京表示，美国现在倾向于“以莫须有的罪名对中国企业施加交易禁令，毫无事实和法律依据”。",
                PUBLISHED)).singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "USA");
                    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 8, 20));
                });
    }

    @Test
    void wordsOpeningOnNoState_leaveTheProtestOneSided() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国商务部发言人高峰于8月20日在北京表示，有关交易禁令“毫无事实和法律依据”。", PUBLISHED)).isEmpty();
    }
}
