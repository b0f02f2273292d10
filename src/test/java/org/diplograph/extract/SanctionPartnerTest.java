package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A side named after 与 in a sanction's clause is its partner, not the side that imposes it ({@link ImposingSide}). */
class SanctionPartnerTest {

    @Test
    void measuresListedInOneSentenceAreOneSanctionByTheSideThatAnnouncedThem() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "加拿大周五宣布针对香港问题的制裁措施，包括暂停与香港之间的引渡协议、禁止向香港出口敏感军用物品。",
                "2020-07-04T10:00:00Z"))
                .singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CAN", "HKG"))
                .extracting(DiplomaticEvent::key).isEqualTo("Sanction|CAN,HKG|2020-07-03");
    }
}
