package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who instructs or sends another to carry out an act takes no part in it. */
class OrderingOfficialTest {

    private static final String INSTRUCTED_CALL = "外交部长吴钊燮立即指示亚太司长曾瑞利致电诺鲁驻台大使凯法斯（Jarden Kephas），"
            + "表达台湾政府的关怀与哀悼。";

    @Test
    void theOneWhoInstructs_isNoParticipant() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL, INSTRUCTED_CALL,
                "2021-06-26T08:00:00Z");
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.persons()).extracting(Participant::name).containsExactlyInAnyOrder("曾瑞利", "凯法斯");
            assertThat(call.countries()).containsExactly("NRU", "TWN");
        });
    }

    @Test
    void theOneInstructed_servesTheGovernmentOfTheOneWhoInstructs() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL, INSTRUCTED_CALL,
                "2021-06-26T08:00:00Z");
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.persons())
                .filteredOn(p -> p.name().equals("曾瑞利")).singleElement()
                .satisfies(p -> assertThat(p.country()).contains("TWN")));
    }

    @Test
    void aCallerWhoOrdersNothing_staysAParticipant() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                "外交部长吴钊燮今天致电诺鲁驻台大使凯法斯，表达台湾政府的关怀与哀悼。", "2021-06-26T08:00:00Z");
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.persons())
                .extracting(Participant::name).contains("吴钊燮"));
    }
}
