package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who protests against whom ({@link ProtestTarget}), through the whole extraction. */
class ProtestTargetTest {

    private static List<DiplomaticEvent> protests(String body, String published) throws Exception {
        return ExtractionFixture.events(EventType.PROTEST, body, published);
    }

    @Test
    void aStateNamedInWhatIsProtestedIsNoSide() throws Exception {
        assertThat(protests("中国外交部发言人赵立坚周二表示，中方坚决反对美国对台湾出售武器。", "2020-07-14T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
        assertThat(protests("中国外交部发言人赵立坚14日在记者会也批评克拉夫特与蔡英文视频会谈是干扰中国内政。",
                "2021-01-14T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void theObjectOfTheProtestMayBeModified() throws Exception {
        assertThat(protests("美国国务卿布林肯在东京强烈谴责了他们所说的中国“破坏稳定的行为”，包括威胁日本。",
                "2021-03-17T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void statesSummoningEachOnTheirOwnMakeOneProtestEach() throws Exception {
        List<DiplomaticEvent> events = protests("中国驻荷兰大使谈践22日就欧盟制裁向荷兰外交部提出严正交涉。"
                + "近日荷兰、比利时、德国、丹麦外交部先后召见当地中国大使，针对中国的报复性制裁表达抗议。", "2021-03-24T10:00:00Z");
        assertThat(events).filteredOn(e -> e.dateIsReportDate()).extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("CHN", "NLD"), List.of("BEL", "CHN"), List.of("CHN", "DEU"),
                        List.of("CHN", "DNK"));
        // The Dutch summons is not the Chinese ambassador's démarche of the 22nd, though both are between the two.
        assertThat(events).filteredOn(e -> e.countries().equals(List.of("CHN", "NLD"))).hasSize(2);
    }

    @Test
    void theStateAnAmbassadorIsRecalledFromIsProtestedAgainst() throws Exception {
        assertThat(protests("巴勒斯坦表示惊讶与愤怒，说他们一直被蒙在鼓里，并召回驻阿联酋大使。", "2020-09-15T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("ARE", "PSE"));
    }

    @Test
    void aFormerPresidentDoesNotProtestForHisCountry() throws Exception {
        assertThat(protests("据中央社今天报道称，前蒙古总统致信习近平抗议汉语教材遭使馆退回。", "2020-09-26T10:00:00Z")).isEmpty();
        assertThat(protests("蒙古国前总统额勒贝格道尔吉近日致函中国国家主席习近平，抗议当局在内蒙古强推汉语教材。",
                "2020-09-26T10:00:00Z")).isEmpty();
    }

    @Test
    void protestersCountedButNotNamedMakeNoProtest() throws Exception {
        assertThat(protests("制裁纷争最近在中国与欧盟间延烧，多国近日召见当地中国大使表示抗议。", "2021-03-24T10:00:00Z"))
                .isEmpty();
    }
}
