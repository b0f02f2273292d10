package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contacts with a group of counterparts, some of whom the next clause names (其中包含法国、德国与英国). */
class CounterpartsListedAfterTest {

    private static final String CALLS = "美国国务卿布林肯26日上任以来，接连与10多个盟国外长通话，其中包含法国、德国与英国等"
            + "重要欧洲盟邦，今天则与欧盟外交和安全政策高级代表波瑞尔通话。";

    @Test
    void oneCallWithEachStateNamedAmongTheGroup() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL, CALLS, "2021-01-28T08:00:00Z");
        assertThat(calls).filteredOn(c -> c.organizations().isEmpty()).extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("DEU", "USA"), List.of("FRA", "USA"), List.of("GBR", "USA"));
        assertThat(calls).filteredOn(c -> c.organizations().isEmpty()).allSatisfy(c ->
                assertThat(c.persons()).extracting(Participant::name).containsExactly("布林肯"));
    }

    @Test
    void theDayTheSubjectTookOfficeDoesNotDateTheCalls() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL, CALLS, "2021-01-28T08:00:00Z");
        assertThat(calls).filteredOn(c -> c.countries().contains("FRA")).singleElement()
                .satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2021, 1, 28)));
    }

    @Test
    void theSubjectNamedBeforeALeadingSinceClauseActsInTheMainClause() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "美国国务卿布林肯上任以来，首次与日本外相茂木敏充通话。", "2021-01-28T08:00:00Z"))
                .singleElement().satisfies(c -> assertThat(c.persons()).extracting(Participant::name)
                        .containsExactlyInAnyOrder("布林肯", "茂木敏充"));
    }

    @Test
    void aGroupWithoutStatesNamedAfterItIsNoList() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "美国国务卿布林肯今天与10多个盟国外长通话，讨论了疫情问题。", "2021-01-28T08:00:00Z")).isEmpty();
    }
}
