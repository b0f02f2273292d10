package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sanctions between the same sides imposed by each of them are two acts ({@link ImposingSide}, {@link EventMerger}). */
class CounterSanctionTest {

    private static List<DiplomaticEvent> sanctionsOf(String body, String published) throws Exception {
        return ExtractionFixture.events(EventType.SANCTION, body, published);
    }

    @Test
    void sanctionsImposedByEachSideOnOneDayAreTwoActs() throws Exception {
        assertThat(sanctionsOf("周二，美国总统特朗普签署法案，对中国官员实施制裁。"
                + "中国政府周二表示，将对美国武器制造商洛克希德•马丁公司实施制裁。", "2020-07-15T10:00:00Z"))
                .hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "USA");
                    assertThat(e.date()).hasToString("2020-07-14");
                })
                // Two acts, so two identities in the graph: each key names the side that imposed it.
                .extracting(DiplomaticEvent::key)
                .containsExactlyInAnyOrder("Sanction|CHN,USA|2020-07-14|CHN", "Sanction|CHN,USA|2020-07-14|USA");
    }

    @Test
    void aSanctionToldOnceKeepsTheKeyOfTypeActorsAndDate() throws Exception {
        assertThat(sanctionsOf("周二，美国总统特朗普签署法案，对中国官员实施制裁。", "2020-07-15T10:00:00Z"))
                .extracting(DiplomaticEvent::key).containsExactly("Sanction|CHN,USA|2020-07-14");
    }

    @Test
    void anUndatedCounterMeasureDoesNotTakeTheDayOfTheSanctionItAnswers() throws Exception {
        List<DiplomaticEvent> sanctions = sanctionsOf("美国财政部周四（7月9日）将四名中国政府官员列入制裁名单。</p><p>"
                + "中国外交部发言人赵立坚宣布，中方决定，对在涉疆问题上表现恶劣的有关美国的机构和个人采取对等措施。",
                "2020-07-10T10:00:00Z");
        assertThat(sanctions).hasSize(2);
        assertThat(sanctions).extracting(e -> e.date().toString())
                .containsExactlyInAnyOrder("2020-07-09", "2020-07-10");
    }

    @Test
    void aRetaliationIsImposedByTheSideNamedBeforeItsObject() throws Exception {
        List<DiplomaticEvent> sanctions = sanctionsOf("欧盟22日对中国实施制裁。</p><p>中国随即宣布对欧盟有关机构和人员实施制裁。",
                "2021-03-24T10:00:00Z");
        assertThat(sanctions).hasSize(2);
        // Taken at once (随即), the retaliation shares the day of the sanction it answers, yet stays apart.
        assertThat(sanctions).extracting(DiplomaticEvent::date)
                .containsExactly(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 22));
    }

    @Test
    void listingCompaniesOnTheEntityListOrControllingVisasIsASanction() throws Exception {
        assertThat(sanctionsOf("美国商务部周三将中国官员和24家中国公司列入实体名单。", "2020-08-27T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
        assertThat(sanctionsOf("美国国务院周三对中国官员实施签证控制。", "2020-08-27T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }
}
