package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which gatherings are summits and who takes part in them, through the whole extraction. */
class SummitTest {

    private static List<DiplomaticEvent> summits(String body, String published) throws Exception {
        return ExtractionFixture.events(body, published).stream().filter(e -> e.type() == EventType.SUMMIT).toList();
    }

    @Test
    void theOrganisationWhoseSummitItIsTakesPartWhereItsNameReadsAsThePlace() throws Exception {
        assertThat(summits("11月19日，国家主席习近平在二十国集团领导人第十九次峰会上发表重要讲话。", "2024-11-20T08:00:00Z"))
                .singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactly("CHN");
                    assertThat(summit.organizations()).containsExactly("G20");
                });
    }

    @Test
    void aSummitNamedByNoNameOfItsOwnIsTheOneJustReported() throws Exception {
        assertThat(summits("沙特阿拉伯国王萨勒曼11月21日在第15届G20峰会上致开幕辞。本次峰会通过视频举行。"
                + "美国总统特朗普通过视频参加了峰会。", "2020-11-22T08:00:00Z"))
                .singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactly("SAU", "USA");
                    assertThat(summit.organizations()).containsExactly("G20");
                    assertThat(summit.date()).isEqualTo(LocalDate.of(2020, 11, 21));
                    assertThat(summit.persons()).extracting(Participant::name).contains("萨勒曼", "特朗普");
                });
    }

    @Test
    void aBusinessLeadersSummitIsNoSummitOfStates() throws Exception {
        assertThat(summits("当地时间11月17日下午，国家主席习近平在曼谷举行的亚太经合组织工商领导人峰会上发表书面演讲。",
                "2022-11-18T08:00:00Z")).isEmpty();
    }

    @Test
    void reportsOfOneOrganisationsSummitNameAllItsParticipants() throws Exception {
        assertThat(summits("英国5月3日至5日将举行七国集团外长会议。韩国外交部长郑义溶将受邀出席在伦敦举行的七国集团外长会议。",
                "2021-05-02T08:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactly("GBR", "KOR");
                    assertThat(summit.organizations()).containsExactly("G7");
                    assertThat(summit.date()).isEqualTo(LocalDate.of(2021, 5, 3));
                });
    }

    @Test
    void talksBeforeASummitOpensLeaveTheSummitToOthers() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "七国集团外长会议开幕前，日本外务大臣茂木敏充与美国国务卿布林肯将于3日先举行双边会谈。", "2021-05-02T08:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactly(EventType.TALKS);
        assertThat(events.get(0).countries()).containsExactly("JPN", "USA");
    }

    @Test
    void aPairBeforeASummitNamesAllItsSides() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "新加坡一见特朗普：2018年6月12日，金正恩与美国总统特朗普在新加坡举行了历史性的朝美首脑会议。", "2021-07-11T08:00:00Z");
        assertThat(events).singleElement().satisfies(meeting -> {
            assertThat(meeting.type()).isEqualTo(EventType.MEETING);
            assertThat(meeting.countries()).containsExactly("PRK", "USA");
        });
    }

    @Test
    void aCallOfThreeLeadersListedTogetherIsASummit() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events("习近平、梅克尔及马克宏通话 盼中欧扩大合作",
                "中国国家主席习近平5日和法国总统马克宏、德国总理梅克尔举行视讯峰会。", "2021-07-05T20:00:00Z");
        assertThat(events).singleElement().satisfies(summit -> {
            assertThat(summit.type()).isEqualTo(EventType.SUMMIT);
            assertThat(summit.countries()).containsExactly("CHN", "DEU", "FRA");
        });
    }

    @Test
    void aCallWithACountryNamedOutsideItsListIsBilateral() throws Exception {
        assertThat(ExtractionFixture.events("英美外长通话谈华为5G政策 印度是否跟进备受关注",
                "英国外交大臣拉布16日与美国国务卿蓬佩奥通电话。", "2020-07-17T08:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.SUMMIT);
    }

    @Test
    void aSummitOfManyStatesStaysASummitWhereTheTextNamesTwo() throws Exception {
        assertThat(summits("拜登将在下周四、五（22、23日）主持数十国领导人参加的线上气候峰会，并已向中国国家主席习近平提出邀请。",
                "2021-04-16T08:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactly("CHN", "USA");
                    assertThat(summit.status()).isEqualTo(EventStatus.PLANNED);
                    // The topic of the sentence is the summit's too, not only that of the invitation after it.
                    assertThat(summit.topics()).contains("climate-change");
                });
    }

    @Test
    void theCountryAnOrganisationsSummitIsHeldInTakesPart() throws Exception {
        assertThat(summits("当地时间11月18日上午，亚太经合组织第二十九次领导人非正式会议在泰国曼谷国家会议中心举行。",
                "2022-11-18T12:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactly("THA");
                    assertThat(summit.organizations()).containsExactly("APEC");
                });
    }

    @Test
    void twoStatesMeetingInAThirdOnesCityLeaveItOut() throws Exception {
        assertThat(ExtractionFixture.events("美国总统拜登和俄罗斯总统普京已于6月16日在瑞士日内瓦举行了峰会。", "2021-07-01T08:00:00Z"))
                .singleElement().satisfies(meeting -> {
                    assertThat(meeting.type()).isEqualTo(EventType.MEETING);
                    assertThat(meeting.countries()).containsExactly("RUS", "USA");
                });
    }

    @Test
    void whoAttendsOrChairsTheMeetingJustReportedTakesPartInIt() throws Exception {
        assertThat(summits("当地时间11月18日上午，亚太经合组织第二十九次领导人非正式会议在泰国曼谷国家会议中心举行。"
                + "国家主席习近平出席会议并发表重要讲话。会议由泰国总理巴育主持。", "2022-11-18T12:00:00Z"))
                .singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactly("CHN", "THA");
                    assertThat(summit.persons()).extracting(Participant::name).containsExactlyInAnyOrder("习近平", "巴育");
                });
    }

    @Test
    void aReceptionAroundASummitIsNotTheSummit() throws Exception {
        assertThat(summits("17日晚，国家主席习近平和夫人彭丽媛出席亚太经合组织领导人非正式会议欢迎晚宴。", "2022-11-18T12:00:00Z"))
                .isEmpty();
    }

    @Test
    void aSummitNamedAsTheMatterOfACallIsNotReportedAsHeld() throws Exception {
        assertThat(summits("美国国务院今天表示，美国和俄罗斯外长已就联合国安理会5个常任理事国举行高峰会一事，透过电话协商。",
                "2020-07-14T08:00:00Z")).isEmpty();
    }

    @Test
    void aMeetingNamedByItsOrganisationIsASummit() throws Exception {
        assertThat(summits("拜登将于周五通过视频参加亚太经合组织论坛（APEC)会议。", "2021-07-14T08:00:00Z"))
                .singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactly("USA");
                    assertThat(summit.organizations()).containsExactly("APEC");
                    assertThat(summit.status()).isEqualTo(EventStatus.PLANNED);
                });
    }

    @Test
    void theStateAJointStatementIsAboutIsASideOfTheStatementNotOfTheMeeting() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events("7月8日，日本防卫大臣河野太郎、美国国防部部长埃斯珀、澳大利亚国防部长雷诺兹"
                + "举行视频会议，并发表联合声明。针对中国在南海和东海频繁的军事活动，三国防长在联合声明中表示：强烈反对单方面的军事行动。",
                "2020-07-08T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.STATEMENT).singleElement()
                .satisfies(statement -> assertThat(statement.countries()).containsExactly("AUS", "CHN", "JPN", "USA"));
        assertThat(events).filteredOn(e -> e.type() == EventType.SUMMIT).singleElement()
                .satisfies(summit -> assertThat(summit.countries()).containsExactly("AUS", "JPN", "USA"));
    }

    @Test
    void aVideoCallOfTwoIsNoSummitWhereAThirdSideIsNamedOutsideItsClause() throws Exception {
        assertThat(summits("在习近平和普京举行视频会晤前，美国总统拜登和普京已于6月16日在瑞士日内瓦举行了峰会。",
                "2021-07-01T08:00:00Z")).isEmpty();
    }

    @Test
    void aMeetingAndAVideoConferenceOfTheSameSidesInOneSentenceAreOneSummit() throws Exception {
        assertThat(ExtractionFixture.events("此外，德国总理默克尔与法国总统马克龙随后将于周五下午3点会面，举行另一场视频会议，"
                + "与乌克兰总统泽伦斯基会谈。", "2021-04-15T08:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.type()).isEqualTo(EventType.SUMMIT);
                    assertThat(summit.countries()).containsExactly("DEU", "FRA", "UKR");
                });
    }

    @Test
    void aSummitTheSidesDiscussConveningIsNotReportedAsHeld() throws Exception {
        assertThat(ExtractionFixture.events("美俄外长通电话 共商召开联合国常任理事国峰会",
                "美国国务卿蓬佩奥13日与俄罗斯外长拉夫罗夫通电话。", "2020-07-14T08:00:00Z"))
                .extracting(DiplomaticEvent::type).containsExactly(EventType.PHONE_CALL);
    }
}
