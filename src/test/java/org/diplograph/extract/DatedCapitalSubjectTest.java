package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A capital that opens its clause with the time of the act before the verb speaks for its government. */
class DatedCapitalSubjectTest {

    @Test
    void aCapitalBeforeATimeAndItsVerbActs() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "北京周五宣布对欧盟有关机构和人员实施制裁。",
                "2021-03-27T10:00:00Z")).singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN");
                    assertThat(e.organizations()).containsExactly("EU");
                });
    }

    @Test
    void aCapitalAfterAPlaceWordStaysAPlace() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "在北京周五，欧盟宣布对有关人员实施制裁。",
                "2021-03-27T10:00:00Z")).isEmpty();
    }
}
