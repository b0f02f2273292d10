package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplograph.TestFixtures;
import org.diplograph.article.Article;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private static List<DiplomaticEvent> events(String fixture) throws Exception {
        Article article = ExtractionFixture.READER.read(TestFixtures.article(fixture)).get(0);
        return ExtractionFixture.EXTRACTOR.extract(ExtractionFixture.ANALYZER.analyze(article)).events();
    }

    private static List<DiplomaticEvent> eventsOf(String title, String body, String published) throws Exception {
        return ExtractionFixture.events(title, body, published);
    }

    @Test
    void extractsPhoneCall_fromSeed() throws Exception {
        List<DiplomaticEvent> events = events(TestFixtures.SEED);
        List<DiplomaticEvent> calls = events.stream().filter(e -> e.type() == EventType.PHONE_CALL).toList();
        assertThat(calls).hasSize(1);
        DiplomaticEvent call = calls.get(0);
        assertThat(call.countries()).containsExactly("CHN", "KOR");
        assertThat(call.date()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(call.dateIsReportDate()).isFalse();
        assertThat(call.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(call.persons()).contains(
                new Participant("赵兑烈", Optional.of("foreign-minister"), Optional.of("KOR")),
                new Participant("王毅", Optional.of("foreign-minister"), Optional.of("CHN")));
        assertThat(call.topics()).contains("supply-chains", "korean-peninsula-nuclear", "high-level-exchanges",
                "north-korean-defectors");
        // The title, the lead and Reuters' "周二" report are the same call.
        assertThat(call.evidence()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void neverTurnsSegmenterMistakesIntoActors_inSeed() throws Exception {
        assertThat(events(TestFixtures.SEED)).flatExtracting(DiplomaticEvent::persons).extracting(Participant::name)
                .doesNotContain("韩国新", "时长", "朝核").allMatch(n -> n.equals("赵兑烈") || n.equals("王毅"));
    }

    @Test
    void readsInvitationToVisitAsInvitation_inSeed() throws Exception {
        List<DiplomaticEvent> events = events(TestFixtures.SEED);
        assertThat(events).extracting(DiplomaticEvent::type).doesNotContain(EventType.VISIT);
        assertThat(events).filteredOn(e -> e.type() == EventType.INVITATION)
                .allSatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "KOR"));
    }

    @Test
    void marksPlannedAndCancelledVisits() throws Exception {
        DiplomaticEvent planned = eventsOf("测试", "美国国务卿布林肯将于下周访华。", "2024-02-07T10:00:00Z").get(0);
        assertThat(planned.type()).isEqualTo(EventType.VISIT);
        assertThat(planned.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(planned.host()).contains("CHN");
        assertThat(planned.countries()).containsExactly("CHN", "USA");
        DiplomaticEvent cancelled = eventsOf("测试", "日本首相岸田文雄2月5日宣布取消访问韩国。", "2024-02-07T10:00:00Z").get(0);
        assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(cancelled.host()).contains("KOR");
    }

    @Test
    void fallsBackToReportDateWithFlag() throws Exception {
        DiplomaticEvent e = eventsOf("测试", "中国外长王毅与俄罗斯外长拉夫罗夫举行会谈。", "2024-02-07T10:00:00Z").get(0);
        assertThat(e.type()).isEqualTo(EventType.TALKS);
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(e.dateIsReportDate()).isTrue();
    }

    @Test
    void aPlannedContactTakesNoTopicsFromTheSentencesAfterIt() throws Exception {
        String after = "</p><p>日本政府近日宣布放宽新冠疫情入境限制。";
        DiplomaticEvent planned = eventsOf("测试", "中国外长王毅将于11月24日同日本外相茂木敏充举行会谈。" + after, "2020-11-20T10:00:00Z")
                .get(0);
        assertThat(planned.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(planned.topics()).doesNotContain("covid-19");
        DiplomaticEvent occurred = eventsOf("测试", "中国外长王毅11月19日同日本外相茂木敏充举行会谈。" + after, "2020-11-20T10:00:00Z")
                .get(0);
        assertThat(occurred.topics()).contains("covid-19");
    }

    @Test
    void talksReferredBackToAfterACallAreThatCall() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试", "日本首相菅义伟25日晚与中国国家主席习近平举行电话会谈。"
                + "习近平在会谈中对菅义伟就任首相表示祝贺。", "2020-09-25T14:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).contains(EventType.PHONE_CALL)
                .doesNotContain(EventType.TALKS);
    }

    @Test
    void needsTwoActorsForABilateralContact() throws Exception {
        assertThat(eventsOf("测试", "他说，会见的时间还没有确定。", "2024-02-07T10:00:00Z")).isEmpty();
    }

    @Test
    void splitsACallWithSeveralCounterpartsIntoBilateralCalls() throws Exception {
        List<DiplomaticEvent> calls = eventsOf("测试",
                "美国国家安全顾问沙利文1月21日与他的法国、德国、英国和日本同行进行了首次通话。", "2021-01-22T10:00:00Z");
        assertThat(calls).extracting(DiplomaticEvent::type).containsOnly(EventType.PHONE_CALL);
        assertThat(calls).extracting(DiplomaticEvent::countries).containsExactlyInAnyOrder(
                List.of("FRA", "USA"), List.of("DEU", "USA"), List.of("GBR", "USA"), List.of("JPN", "USA"));
        assertThat(calls).extracting(DiplomaticEvent::date).containsOnly(LocalDate.of(2021, 1, 21));
    }

    @Test
    void aMeetingOnTheSidelinesOfASummitLeavesTheSummitToItsAttendee() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "当地时间11月19日上午，国家主席习近平在里约热内卢出席二十国集团领导人峰会期间会见玻利维亚总统阿尔塞。",
                "2024-11-20T10:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactlyInAnyOrder(EventType.MEETING, EventType.SUMMIT);
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement().satisfies(meeting -> {
            assertThat(meeting.countries()).containsExactly("BOL", "CHN");
            assertThat(meeting.organizations()).isEmpty();
        });
        // Who was met on the sidelines did not attend the summit as a party to this report.
        assertThat(events).filteredOn(e -> e.type() == EventType.SUMMIT).singleElement().satisfies(summit -> {
            assertThat(summit.countries()).containsExactly("CHN");
            assertThat(summit.organizations()).containsExactly("G20");
        });
    }

    @Test
    void hongKongIsATopicUnlessItActs() throws Exception {
        DiplomaticEvent protest = eventsOf("测试",
                "中国外交部副部长郑泽光7月15日召见美国驻华大使布兰斯塔德，就美国制裁破坏香港自治的中国官员提出严正交涉。",
                "2020-07-16T10:00:00Z").get(0);
        assertThat(protest.type()).isEqualTo(EventType.PROTEST);
        assertThat(protest.countries()).containsExactly("CHN", "USA");
        DiplomaticEvent sanction = eventsOf("测试", "加拿大7月3日宣布暂停与香港的引渡条约，并实施制裁。",
                "2020-07-04T10:00:00Z").get(0);
        assertThat(sanction.countries()).containsExactly("CAN", "HKG");
    }

    @Test
    void whatWasSaidInTheCallIsNoSecondCall() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "中国外长王毅2月6日与美国国务卿布林肯通电话。王毅在通话中表示，中方坚决反对美方对台湾出售武器。",
                "2024-02-07T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.PHONE_CALL).hasSize(1);
        assertThat(events.stream().filter(e -> e.type() == EventType.PHONE_CALL).findFirst().orElseThrow().countries())
                .containsExactly("CHN", "USA");
    }

    @Test
    void aDateOpeningASinceFrameDatesOnlyWhatTheFrameTells() throws Exception {
        DiplomaticEvent protest = eventsOf("测试",
                "自2016年杜特尔特上任以来，这是菲律宾对中国提出的第84次外交抗议。", "2021-05-29T10:00:00Z").get(0);
        assertThat(protest.type()).isEqualTo(EventType.PROTEST);
        assertThat(protest.dateIsReportDate()).isTrue();
        DiplomaticEvent visit = eventsOf("测试",
                "自中国国家主席习近平10年前首次对俄罗斯进行国事访问以来，两国关系历久弥坚。", "2023-03-22T10:00:00Z").get(0);
        assertThat(visit.date()).isEqualTo(LocalDate.of(2013, 1, 1));
    }

    @Test
    void whatFollowsAContactTakesItsDayNotThatOfBackground() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "3月21日，国家主席习近平同俄罗斯总统普京举行会谈。自我10年前首次对俄罗斯进行国事访问以来，两国关系历久弥坚。"
                        + "会谈后，两国元首共同发表联合声明。",
                "2023-03-22T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.STATEMENT).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2023, 3, 21)));
    }

    @Test
    void aProtestIsNotDatedByAnEarlierSanction() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "美国国务卿蓬佩奥周五宣布对中国官员实施签证限制。</p><p>外交部发言人表示，中方已向美方提出严正交涉。",
                "2020-06-29T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.dateIsReportDate()).isTrue());
    }

    @Test
    void whatTheSamePersonGoesOnToAnnounceTakesTheDayOfTheOccasion() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "中国驻比利时大使曹忠明23日向比利时外交部提出严正交涉。曹忠明表示，中方决定对比利时有关人员实施制裁。",
                "2021-03-24T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 23)));
    }

    @Test
    void talksAfterACallAreAnotherOccasion() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "中国外长王毅2月1日与美国国务卿布林肯通电话。</p><p>中美两国代表团在北京举行了贸易会谈。",
                "2024-02-07T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.TALKS).singleElement()
                .satisfies(e -> assertThat(e.dateIsReportDate()).isTrue());
    }

    @Test
    void aDayMarkedAsToComeInAnotherClauseIsAhead() throws Exception {
        // Published on Thursday 15 April: "将于周五" is the 16th, though the trigger's clause says nothing.
        List<DiplomaticEvent> events = eventsOf("测试",
                "德国总理默克尔与法国总统马克龙将于周五会面，举行视频会议，与乌克兰总统泽伦斯基会谈。",
                "2021-04-15T10:00:00Z");
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 4, 16)));
    }

    @Test
    void recentlyGivesNoDay() throws Exception {
        DiplomaticEvent visit = eventsOf("测试",
                "近日，美国国务卿布林肯访问了日本，而本周美国国安团队也与北约密切联系。", "2021-04-02T10:00:00Z").get(0);
        assertThat(visit.type()).isEqualTo(EventType.VISIT);
        assertThat(visit.dateIsReportDate()).isTrue();
    }

    @Test
    void aCaptionIsDatedByTheBracketedDateAfterIt() throws Exception {
        DiplomaticEvent summit = eventsOf("测试",
                "资料照：左起中国总理李克强、日本首相安倍晋三和韩国总统文在寅在成都出席中日韩领导人峰会。（2019年12月24日）",
                "2020-09-07T10:00:00Z").get(0);
        assertThat(summit.type()).isEqualTo(EventType.SUMMIT);
        assertThat(summit.date()).isEqualTo(LocalDate.of(2019, 12, 24));
    }

    @Test
    void anUndatedReportNamingOneSideMoreRepeatsTheDatedEvent() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "美国国务卿布林肯17日访问韩国。布林肯访问韩国期间，中国外交部表示关切。", "2021-03-18T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("KOR", "USA");
            assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 17));
        });
    }

    @Test
    void aLaterClauseWithATriggerOfItsOwnDatesItsOwnEvent() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "日本政府强烈谴责韩国法院的判决，并坚持认为，赔偿问题在1965年日韩两国签署的协定中得到了解决。",
                "2020-09-07T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.dateIsReportDate()).isTrue());
        assertThat(events).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(1965, 1, 1)));
    }

    @Test
    void anUndatedSentenceTakesTheRecentDayOfThePreviousOneInItsParagraph() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "叙利亚外长萨巴格19日访问伊朗，并同伊朗外长阿拉格齐举行会晤。萨巴格表示，他谴责以色列对叙利亚的袭击。",
                "2024-11-20T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 11, 19)));
        List<DiplomaticEvent> history = eventsOf("测试", "2019年6月20日，习近平访问朝鲜。朝鲜谴责美国对朝鲜的制裁。",
                "2024-11-20T10:00:00Z");
        assertThat(history).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.dateIsReportDate()).isTrue());
    }

    @Test
    void anInvitationMadeDuringTalksTakesTheDayOfTheTalks() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "消息人士昨天（12日）透露，中国外交部长王毅11月与日本外相茂木敏充在东京会谈时，曾邀请茂木敏充明年访华。",
                "2020-12-13T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.INVITATION).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2020, 11, 1));
            assertThat(e.dateIsReportDate()).isFalse();
        });
    }

    @Test
    void aPlannedContactIsNotDatedByOneThatHappened() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "美国国务卿布林肯17日抵达韩国进行访问。</p><p>布林肯在韩国期间还将会见韩国总统文在寅。",
                "2021-03-18T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
            assertThat(e.dateIsReportDate()).isTrue();
        });
    }

    @Test
    void theNextDayFollowsTheDayStatedBefore() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "2019年4月24日，朝鲜领导人金正恩抵达俄罗斯符拉迪沃斯托克。抵俄第二天，金正恩与俄罗斯总统普京举行了会晤。",
                "2021-07-11T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2019, 4, 25)));
    }

    @Test
    void beforeTheHolidayIsNotRecently() throws Exception {
        DiplomaticEvent call = eventsOf("测试", "中国外长王毅6日在春节假日前同美国国务卿布林肯通电话。",
                "2024-02-07T10:00:00Z").get(0);
        assertThat(call.type()).isEqualTo(EventType.PHONE_CALL);
        assertThat(call.date()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(call.dateIsReportDate()).isFalse();
    }

    @Test
    void theSideProtestedAgainstIsTheObjectOfTheProtestWords() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "委内瑞拉外交部21日发表声明，强烈反对美国日前发布的人权报告。", "2023-03-22T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.STATEMENT).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("USA", "VEN"));
    }

    @Test
    void aMeasureProtestedAgainstIsNoNewSanction() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "德国外交部召见中国大使，对北京方面对欧盟采取的制裁措施表示反对。", "2021-03-24T10:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
        assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "DEU"));
    }

    @Test
    void opposingAPracticeOrAStreetProtestIsNoDiplomaticProtest() throws Exception {
        assertThat(eventsOf("测试", "中国国家主席习近平会见新加坡总理李显龙时说，中方坚决反对搞“脱钩断链”。",
                "2022-11-18T10:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.PROTEST);
        assertThat(eventsOf("测试", "白俄罗斯抗议愈演愈烈，中国却与卢卡申科政权越走越近。",
                "2020-08-14T10:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.PROTEST);
    }

    @Test
    void aStatementOrProtestNeedsAnIssuerNamedByItsTrigger() throws Exception {
        assertThat(eventsOf("测试", "全球多国11日发布声明，谴责香港政府与中国取消四名议员的资格。", "2020-11-12T10:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.STATEMENT, EventType.PROTEST);
        assertThat(eventsOf("测试", "中共在6月28日当天发表的中俄联合声明中声称，俄罗斯需要中国，中国也需要俄罗斯。", "2021-07-01T10:00:00Z"))
                .filteredOn(e -> e.type() == EventType.STATEMENT).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "RUS"));
    }

    @Test
    void aCommentatorsOpinionIsNoEvent() throws Exception {
        assertThat(eventsOf("测试", "美国华裔时政评论人士陈破空6月28日表示，美国将对俄罗斯实施制裁。",
                "2021-07-01T10:00:00Z")).isEmpty();
        assertThat(eventsOf("测试", "有分析人士称，德国政府召见中国大使，应被视为柏林开始向北京发出信号。",
                "2020-07-10T10:00:00Z")).extracting(DiplomaticEvent::type).contains(EventType.PROTEST);
    }

    @Test
    void aMeasureOrDocumentNamedInPassingIsNoEvent() throws Exception {
        assertThat(eventsOf("测试", "声明说，美国政府无视美国对委内瑞拉发动的持续制裁与攻击。", "2023-03-22T10:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
        assertThat(eventsOf("测试", "欧盟方面28日宣布对俄罗斯的新一轮制裁措施。", "2022-02-28T10:00:00Z"))
                .extracting(DiplomaticEvent::type).contains(EventType.SANCTION);
        assertThat(eventsOf("测试", "《基本法》是香港的小宪法，《中英联合声明》曾为1997年香港主权移交给中国铺平道路。",
                "2020-07-15T10:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.STATEMENT);
    }

    @Test
    void whatASubheadingIntroducesIsNoTopicOfTheEventBeforeIt() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试", "8月10日，国家主席习近平向卢卡申科致贺电。</p><p>中国支持领袖有先例</p>"
                + "<p>乌克兰前领导人亚努科维奇经常访华。", "2020-08-14T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.MESSAGE).singleElement()
                .satisfies(message -> assertThat(message.topics()).doesNotContain("ukraine"));
    }

    @Test
    void anEventTakesTheTopicsOfItsOwnSentenceWhereALaterTriggerFollows() throws Exception {
        List<DiplomaticEvent> events = eventsOf("测试",
                "国家主席习近平5日在北京会见法国总统马克龙，就气候变化交换意见，并邀请他再次访华。", "2024-02-07T10:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                .satisfies(meeting -> assertThat(meeting.topics()).contains("climate-change"));
    }
}
