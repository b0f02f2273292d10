package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An organisation's own assembly, convened, is a summit of that organisation. */
class OrganizationAssemblyTest {

    @Test
    void worldHealthAssemblyConvened_isASummitOfTheWho() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "第74届世界卫生大会(WHA)即将在24日以视讯方式召开。",
                "2021-05-21T08:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.organizations()).containsExactly("WHO");
                    assertThat(summit.countries()).isEmpty();
                    assertThat(summit.date()).isEqualTo(LocalDate.of(2021, 5, 24));
                });
    }

    @Test
    void stateAttendingTheAssembly_isNoSummitOfItsOwn() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "台湾的13个友邦提案支持台湾以观察员身分出席世界卫生大会。",
                "2021-05-21T08:00:00Z")).isEmpty();
    }
}
