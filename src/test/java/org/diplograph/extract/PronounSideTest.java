package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A pronoun that alone stands for the subject of a contact brings in the person and country it stands for. */
class PronounSideTest {

    @Test
    void visitsToSeveralCountriesByAPronounAreThePersonsVisits() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "3月，美国气候特使克里在伦敦会见了英国官员。本月，他访问了阿联酋、印度和孟加拉国。",
                "2021-04-15T12:00:00Z");
        assertThat(visits).extracting(DiplomaticEvent::countries).containsExactlyInAnyOrder(
                List.of("ARE", "USA"), List.of("IND", "USA"), List.of("BGD", "USA"));
        assertThat(visits).allSatisfy(e -> assertThat(e.persons()).extracting(Participant::name).contains("克里"));
    }

    @Test
    void aPlannedMeetingIsNotDatedByAnEarlierMeetingOfTheSameSides() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "3月1日，中美两国高级官员在安克雷奇会晤。美国气候特使克里周三抵达上海。"
                        + "在中国，他将会见中国气候特使解振华。", "2021-04-15T12:00:00Z");
        assertThat(meetings).filteredOn(e -> e.status() == EventStatus.PLANNED).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"))
                .satisfies(e -> assertThat(e.date()).isNotEqualTo(java.time.LocalDate.of(2021, 3, 1)));
    }
}
