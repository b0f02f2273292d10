package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

class TopicDetectorTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aMinistrysPortfolioIsNoTopic() {
        assertThat(topics.detect("美国卫生部长阿扎抵达台北，展开访问。")).doesNotContain("health");
        assertThat(topics.detect("维特齐将会见卫生福利部长陈时中。")).doesNotContain("health");
        assertThat(topics.detect("双方同意加强卫生合作。")).contains("health");
        assertThat(topics.detect("双方讨论了亚太地区的军事部署。")).contains("military-security");
    }

    @Test
    void everyActOfASentenceIsAboutWhatItDiscusses() throws Exception {
        assertThat(ExtractionFixture.events("中国外交部发言人赵立坚周二表示，中方坚决反对美国对台军售，并对美国军工企业实施制裁。",
                "2020-07-14T10:00:00Z"))
                .filteredOn(e -> e.type() == EventType.PROTEST || e.type() == EventType.SANCTION).hasSize(2)
                .allSatisfy(e -> assertThat(e.topics()).contains("taiwan"));
    }

    @Test
    void israelPalestineAndIranAreTheMiddleEast() {
        assertThat(topics.detect("在阿联酋宣布与以色列关系正常化之后，巴勒斯坦召回驻阿联酋大使。")).contains("middle-east");
        assertThat(topics.detect("伊朗对特朗普和另外九名美国官员实施了制裁。")).contains("middle-east");
    }

    @Test
    void aBureauChiefsPortfolioIsNoTopic() {
        assertThat(topics.detect("比根还与国家安全保障局长北村滋举行了会谈。")).doesNotContain("military-security");
    }

    @Test
    void missileDefenceIsMilitarySecurity_andPeaceOnThePeninsulaIsTheKoreanIssue() {
        assertThat(topics.detect("河野说明了日本放弃部署导弹拦截系统一事。")).contains("military-security");
        assertThat(topics.detect("双方同意共同维护半岛和平稳定。")).contains("korean-peninsula-nuclear");
    }

    @Test
    void talkOfTheEconomyIsEconomicCooperation() {
        assertThat(topics.detect("两国领导人就推动疫情后的经济复苏交换了意见。")).contains("economic-cooperation");
    }

    @Test
    void aSecurityLawOrAdviserIsNoMilitaryTopic_butABorderStandoffIsTerritorial() {
        assertThat(topics.detect("中方强烈反对美方借香港国家安全法制造事端。")).doesNotContain("military-security");
        assertThat(topics.detect("王毅同印度国家安全顾问多瓦尔通电话，就缓和两国边界事态达成积极共识。"))
                .containsExactly("territorial-disputes");
        assertThat(topics.detect("双方讨论了地区安全问题。")).contains("military-security");
    }

    @Test
    void securityLegislationOrACrimeAgainstItIsNoMilitaryTopic() {
        assertThat(topics.detect("美方阻挠中方推进香港国家安全立法的图谋不会得逞。")).doesNotContain("military-security");
        assertThat(topics.detect("勾结外国势力危害国家安全罪的，最高可处无期徒刑。")).doesNotContain("military-security");
        assertThat(topics.detect("双方同意在维护国家安全方面加强合作。")).contains("military-security");
    }

    @Test
    void aPandemicThatSetsTheSceneIsNoTopic() {
        assertThat(topics.detect("受到新冠疫情影响，委国目前不开放领空给商用班机。")).doesNotContain("covid-19");
        assertThat(topics.detect("比根是自新冠疫情爆发后首位访韩的美国政府高官。")).doesNotContain("covid-19");
        assertThat(topics.detect("在两国贸易摩擦升级之际，双方外长通电话。")).doesNotContain("trade");
        assertThat(topics.detect("他是中美外交关系高度紧张之际首位访华的官员。")).doesNotContain("bilateral-relations");
        assertThat(topics.detect("两国总理将举行新冠疫情爆发以来首次的面对面会谈。")).doesNotContain("covid-19");
        assertThat(topics.detect("双方同意在新冠疫苗研发方面加强合作。")).contains("covid-19");
    }

    @Test
    void anOrganisationsNameOrAPartnersRankIsNoTopic() {
        assertThat(topics.detect("中欧要共同引导世界贸易组织改革朝正确方向发展。")).doesNotContain("trade");
        assertThat(topics.detect("中国是朝鲜最重要的盟友和贸易伙伴。")).doesNotContain("trade");
        assertThat(topics.detect("双方同意扩大双边贸易。")).contains("trade");
    }
}
