package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A participant of a two-sided contact with no stated country serves the side no one else serves (CountryOfOtherSide). */
class CountryOfOtherSideTest {

    private static DiplomaticEvent agreement(List<Participant> persons) {
        return new DiplomaticEvent(EventType.AGREEMENT, List.of("BLZ", "TWN"), List.of(), persons,
                LocalDate.of(2020, 9, 30), Optional.empty(), false, EventStatus.OCCURRED, Optional.empty(), List.of(),
                List.of());
    }

    @Test
    void aParticipantWithoutCountryServesTheOtherSide() {
        DiplomaticEvent event = agreement(List.of(new Participant("王美花", Optional.of("minister"), Optional.empty()),
                new Participant("潘崔西", Optional.of("minister"), Optional.of("BLZ"))));
        assertThat(CountryOfOtherSide.fillIn(List.of(event)).get(0).persons())
                .contains(new Participant("王美花", Optional.of("minister"), Optional.of("TWN")));
    }

    @Test
    void aParticipantServingACountryInAnotherEventIsLeftAlone() {
        DiplomaticEvent event = agreement(List.of(new Participant("王美花", Optional.of("minister"), Optional.empty()),
                new Participant("潘崔西", Optional.of("minister"), Optional.of("BLZ"))));
        DiplomaticEvent other = agreement(List.of(new Participant("王美花", Optional.of("minister"), Optional.of("JPN"))));
        assertThat(CountryOfOtherSide.fillIn(List.of(event, other)).get(0).persons())
                .contains(new Participant("王美花", Optional.of("minister"), Optional.empty()));
    }
}
