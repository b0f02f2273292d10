package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A capital that acts as the subject speaks for its government ({@link ActorSelector}). */
class CapitalAsSubjectTest {

    @Test
    void aCapitalBeforeAnAdverbAndItsVerbActs() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "北京迅速回击，宣布对欧盟有关机构和人员实施制裁。",
                "2021-03-24T10:00:00Z")).singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN");
                    assertThat(e.organizations()).containsExactly("EU");
                });
    }

    @Test
    void aCapitalWithFangmianActs() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "北京方面随即宣布对10个欧盟人员和4家欧盟实体实施制裁。",
                "2021-03-24T10:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN"));
    }

    @Test
    void aCapitalAsAPlaceDoesNot() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "在北京，欧盟宣布对有关人员实施制裁。",
                "2021-03-24T10:00:00Z")).isEmpty();
    }
}
