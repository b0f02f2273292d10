package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A visit named again with a demonstrative is the visit already reported, with its own sides. */
class EventReferredBackTest {

    @Test
    void visitNamedAgainWithThis_addsNoEventNorEvidence() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国副国务卿克拉奇周四抵达台湾访问。"
                        + "“中国相当愤怒，但我认为这次访问只是特朗普政府对台湾所作所为的延续，”时殷弘说。",
                "2020-09-18T12:00:00Z"))
                .singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("TWN", "USA"))
                .satisfies(e -> assertThat(e.evidence()).noneSatisfy(
                        evidence -> assertThat(evidence.sentence()).contains("这次访问")));
    }

    @Test
    void visitNamedWithThisAlone_isStillAVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "中国外交部长王毅13日此次访问马来西亚，与马来西亚外长举行了会谈。", "2021-10-13T12:00:00Z")).isNotEmpty();
    }

    @Test
    void visitNamedAgainWithItsDates_isNotSetAside() throws Exception {
        // A visit the article reported before; only its type matters here.
        Candidate visit = new Candidate(EventType.VISIT, 0, 0, new Actors(), Optional.empty(), EventStatus.OCCURRED,
                Optional.empty(), null, new ArrayList<>());
        Trigger trigger = new Trigger(EventType.VISIT, Pattern.compile("访问"), Optional.empty());
        LocalDate reference = LocalDate.parse("2020-09-18");
        assertThat(EventReferredBack.namedAgain("此次访问于周四开始，周六结束。", new TriggerMatch(trigger, 2, 4),
                List.of(visit), reference)).isFalse();
        assertThat(EventReferredBack.namedAgain("我认为这次访问只是延续。", new TriggerMatch(trigger, 5, 7),
                List.of(visit), reference)).isTrue();
    }
}
