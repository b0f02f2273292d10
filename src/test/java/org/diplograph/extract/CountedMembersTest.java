package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Members of an organisation counted in one sentence and listed in the next are the sides ({@link CountedMembers}). */
class CountedMembersTest {

    @Test
    void expelledDiplomatsOfCountedMembersAreThoseOfTheStatesListedNext() throws Exception {
        assertThat(ExtractionFixture.events(EventType.EXPULSION,
                "俄罗斯周五驱逐欧盟三个成员国的外交官。涉及德国、波兰和瑞典外交官的驱逐行动，破坏了欧盟的努力。",
                "2021-02-05T18:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("DEU", "POL", "RUS", "SWE");
                    assertThat(e.organizations()).isEmpty();
                });
    }

    @Test
    void countedMembersNotListedNextLeaveTheOrganisation() throws Exception {
        assertThat(ExtractionFixture.events(EventType.EXPULSION,
                "俄罗斯周五驱逐欧盟三个成员国的外交官。德国表示抗议。", "2021-02-05T18:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.organizations()).containsExactly("EU"));
    }
}
