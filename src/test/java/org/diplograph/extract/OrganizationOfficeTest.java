package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An office named with its organisation (欧洲理事会主席, 欧盟委员会主席) makes that organisation a side. */
class OrganizationOfficeTest {

    @Test
    void theHolderOfAnOrganisationsOfficeSpeaksForIt() throws Exception {
        var calls = ExtractionFixture.events(EventType.PHONE_CALL,
                "国家主席习近平12月30日同欧洲理事会主席米歇尔通电话。", "2020-12-30T12:00:00Z");
        assertThat(calls).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("CHN");
            assertThat(e.organizations()).containsExactly("EU");
        });
    }
}
