package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreements and other acts that articles recount from history, and acts they name without reporting. */
class HistoricalEventTest {

    private static final String PUBLISHED = "2021-07-01T10:00:00Z";

    private static List<DiplomaticEvent> agreements(String body) throws Exception {
        return ExtractionFixture.events(body, PUBLISHED).stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
    }

    @Test
    void signsADocumentNamedBeforeTheVerb() throws Exception {
        List<DiplomaticEvent> signed = agreements(
                "《中俄睦邻友好合作条约》由中国国家主席江泽民和俄罗斯总统普京于2001年7月16日在莫斯科签署。");
        assertThat(signed).hasSize(1);
        assertThat(signed.get(0).countries()).containsExactly("CHN", "RUS");
        assertThat(signed.get(0).date()).isEqualTo(LocalDate.of(2001, 7, 16));
    }

    @Test
    void readsHistoricalStatesAsTheStatesThatContinueThem() throws Exception {
        DiplomaticEvent nerchinsk = agreements("1689年，清朝和俄国签订《尼布楚条约》，订明海参崴属于清朝。").get(0);
        assertThat(nerchinsk.countries()).containsExactly("CHN", "RUS");
        assertThat(nerchinsk.date()).isEqualTo(LocalDate.of(1689, 1, 1));
        assertThat(nerchinsk.endDate()).contains(LocalDate.of(1689, 12, 31));
        DiplomaticEvent border = agreements(
                "1991年5月16日，时任中共总书记江泽民与时任苏共总书记戈尔巴乔夫在莫斯科签订了《中苏国界东段协定》。").get(0);
        assertThat(border.countries()).containsExactly("CHN", "RUS");
        assertThat(border.persons()).extracting(Participant::name).contains("江泽民", "戈尔巴乔夫");
    }

    @Test
    void takesTheMonthAndTheDayOfOneSigningForOneEvent() throws Exception {
        List<DiplomaticEvent> signed = agreements("2001年7月，江泽民再次前往莫斯科，与普京签订《中俄睦邻友好合作条约》。"
                + "《中俄睦邻友好合作条约》由江泽民和普京于2001年7月16日在莫斯科签署。");
        assertThat(signed).hasSize(1);
        assertThat(signed.get(0).date()).isEqualTo(LocalDate.of(2001, 7, 16));
        assertThat(signed.get(0).endDate()).isEmpty();
        assertThat(signed.get(0).evidence()).hasSize(2);
    }

    @Test
    void readsBorderSurveysAndCessionsAsTerritorialTopics() throws Exception {
        DiplomaticEvent border = agreements("1994年9月3日，江泽民与俄国叶利钦政府签署《中俄国界西段协定》，"
                + "双方开始对中俄国界西段勘界工作。").get(0);
        assertThat(border.topics()).contains("territorial-disputes");
        // 叶利钦政府 is the Russian government, named after its leader, not 叶利钦 signing in person.
        assertThat(border.persons()).extracting(Participant::name).containsExactly("江泽民");
    }

    @Test
    void readsTheExtensionOfATreatyAsAnAgreementButNotItsProposal() throws Exception {
        DiplomaticEvent extended = agreements("中国国家主席习近平和俄罗斯总统普京在6月28日举行的视频会晤中，"
                + "宣布将《中俄睦邻友好合作条约》延长5年。").get(0);
        assertThat(extended.countries()).containsExactly("CHN", "RUS");
        assertThat(extended.date()).isEqualTo(LocalDate.of(2021, 6, 28));
        assertThat(agreements("俄罗斯提出将该条约延长至多五年，但美国总统特朗普拒绝了这一提议。")).isEmpty();
    }

    @Test
    void readsNoSigningIntoAPromiseToSign() throws Exception {
        List<DiplomaticEvent> signed = agreements("以色列与阿联酋星期二在白宫签署了亚伯拉罕协议，"
                + "上周答应与以色列签署和平协议的巴林，也在白宫参加仪式。");
        assertThat(signed).hasSize(1);
        assertThat(signed.get(0).countries()).containsExactly("ARE", "ISR");
    }

    @Test
    void takesAPairSubjectForAllTheSidesOfTheAct() throws Exception {
        DiplomaticEvent signed = agreements("美韩两国签署协议解除韩国导弹射程限制而使中国面临新的安全挑战。").get(0);
        assertThat(signed.countries()).containsExactly("KOR", "USA");
        // Missiles are what the agreement is about: military and security.
        assertThat(signed.topics()).contains("military-security");
    }

    @Test
    void readsNoSigningIntoAnAnniversaryOrAWish() throws Exception {
        assertThat(agreements("本周日，中国和朝鲜两国迎来了签署《中朝友好合作互助条约》60周年的纪念日。")).isEmpty();
        assertThat(agreements("台湾跟美国这么大的贸易量要签署贸易协定，需要相当长的时间洽谈。")).isEmpty();
        assertThat(agreements("中国和朝鲜于1961年7月11日签署了《中朝友好合作互助条约》。")).hasSize(1);
    }

    @Test
    void leavesAnUndatedActOfThePastToTheBackground() throws Exception {
        assertThat(agreements("二战结束，中华民国政府曾和当时的英国政府签订协定，明确香港将于50年后归还。")).isEmpty();
        assertThat(agreements("1943年，中华民国政府曾和英国政府签订协定。")).hasSize(1);
    }

    @Test
    void tellsOneVisitPerListedDate() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(
                "此后，朝鲜领导人金正恩又于2018年5月、6月以及2019年1月访华，交通工具也从火车发展到飞机。", PUBLISHED);
        assertThat(visits).allMatch(e -> e.type() == EventType.VISIT && e.countries().equals(List.of("CHN", "PRK")));
        // 6月 has no year of its own: it is June of the year listed before it.
        assertThat(visits).extracting(DiplomaticEvent::date).containsExactlyInAnyOrder(
                LocalDate.of(2018, 5, 1), LocalDate.of(2018, 6, 1), LocalDate.of(2019, 1, 1));
    }

    @Test
    void tellsOneMeetingOverDaysListedOneAfterTheOther() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(
                "美国国务卿布林肯与中国外长王毅3月18日和19日在阿拉斯加会晤。", "2021-03-20T10:00:00Z");
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).date()).isEqualTo(LocalDate.of(2021, 3, 18));
        assertThat(meetings.get(0).endDate()).contains(LocalDate.of(2021, 3, 19));
    }

    @Test
    void readsATripToACountryAsAVisit() throws Exception {
        DiplomaticEvent trip = ExtractionFixture.events("2018年3月的中国之行是朝鲜领导人金正恩掌权以来首次踏出国门。", PUBLISHED)
                .get(0);
        assertThat(trip.type()).isEqualTo(EventType.VISIT);
        assertThat(trip.host()).contains("CHN");
        assertThat(trip.countries()).containsExactly("CHN", "PRK");
        assertThat(trip.date()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(ExtractionFixture.events("朝鲜领导人金正恩结束了他的亚洲之行。", PUBLISHED)).isEmpty();
    }

    @Test
    void datesThatDayByTheDayStatedBefore() throws Exception {
        DiplomaticEvent summit = ExtractionFixture.events("2018年4月27日，朝鲜领导人金正恩跨越朝韩军事分界线。"
                + "</p><p>跨过“三八线”当天，金正恩与韩国总统文在寅在板门店举行历史性的峰会。", PUBLISHED).stream()
                .filter(e -> e.type() == EventType.MEETING).findFirst().orElseThrow();
        assertThat(summit.countries()).containsExactly("KOR", "PRK");
        assertThat(summit.date()).isEqualTo(LocalDate.of(2018, 4, 27));
        assertThat(summit.dateIsReportDate()).isFalse();
    }

    @Test
    void givesARecalledActOnlyTheTopicsOfItsParagraph() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events("习近平和普京6月28日举行视频会晤，双方发表联合声明。"
                + "</p><p>1994年9月3日，中俄两国签署《中俄国界西段协定》，解决了边界问题。"
                + "</p><p>中俄将深化能源合作。", PUBLISHED);
        DiplomaticEvent border = events.stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst().orElseThrow();
        assertThat(border.topics()).contains("territorial-disputes").doesNotContain("energy");
    }
}
