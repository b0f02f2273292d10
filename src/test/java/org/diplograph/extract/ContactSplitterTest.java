package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One contact per listed counterpart, through the whole extraction. */
class ContactSplitterTest {

    @Test
    void aCounterpartNamedBefore分别IsStillACounterpart() throws Exception {
        List<DiplomaticEvent> messages = ExtractionFixture.events(
                "3月20日，国家主席习近平就马拉维、莫桑比克遭受热带气旋灾害分别向马拉维总统查克维拉、莫桑比克总统纽西致慰问电。",
                "2023-03-21T08:00:00Z");
        assertThat(messages).filteredOn(e -> e.type() == EventType.MESSAGE).extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("CHN", "MWI"), List.of("CHN", "MOZ"));
    }

    @Test
    void talksWithSidesListedInTheClauseBeforeAreBilateral() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(
                "特朗普总统15号上午在椭圆形办公室当中与巴林外交大臣、阿联酋外交大臣、以色列总理内塔尼亚胡，各自举行双边会谈。"
                        + "会谈期间，各方讨论了中东和平问题。",
                "2020-09-15T20:00:00Z").stream().filter(e -> e.type() == EventType.TALKS).toList();
        assertThat(talks).extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("BHR", "USA"), List.of("ARE", "USA"), List.of("ISR", "USA"));
        // What was discussed belongs to each of the contacts the report was split into.
        assertThat(talks).allSatisfy(e -> assertThat(e.topics()).contains("middle-east"));
    }

    @Test
    void aFourPartySummitOfTheQuadIsTheQuads() throws Exception {
        assertThat(ExtractionFixture.events("3月12日，拜登总统与日本、印度和澳大利亚领导人举行首次四方峰会。", "2021-04-01T08:00:00Z"))
                .filteredOn(e -> e.type() == EventType.SUMMIT).singleElement()
                .satisfies(e -> assertThat(e.organizations()).containsExactly("QUAD"));
    }

    @Test
    void aVisitAtTheInvitationOfSeveralHostsIsOneVisitPerHost() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(
                "外交部发言人赵立坚20日宣布，王毅应日本外务大臣茂木敏充、韩国外交部长官康京和邀请访问这两个国家。",
                "2020-11-20T08:00:00Z").stream().filter(e -> e.type() == EventType.VISIT).toList();
        assertThat(visits).extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("CHN", "JPN"), List.of("CHN", "KOR"));
        assertThat(visits).extracting(e -> e.host().orElseThrow()).containsExactlyInAnyOrder("JPN", "KOR");
    }

    @Test
    void anActByStatesListedAfterItIsOneActPerState() throws Exception {
        List<DiplomaticEvent> messages = ExtractionFixture.events(
                "8月10日，向白俄罗斯总统卢卡申科发出当选贺电的大国仅有中国、俄罗斯和土耳其。", "2020-08-14T08:00:00Z")
                .stream().filter(e -> e.type() == EventType.MESSAGE).toList();
        assertThat(messages).extracting(DiplomaticEvent::countries).containsExactlyInAnyOrder(
                List.of("BLR", "CHN"), List.of("BLR", "RUS"), List.of("BLR", "TUR"));
    }

    @Test
    void aVisitorMeetingHostsListedOneByOneMeetsEachOnHisOwn() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(
                "王毅将于11月24日访问日本，届时将分别与日本首相菅义伟和外务大臣茂木敏充举行会谈。", "2020-11-20T08:00:00Z")
                .stream().filter(e -> e.type() == EventType.TALKS).toList();
        assertThat(talks).hasSize(2).allSatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "JPN"));
        assertThat(talks).extracting(e -> e.persons().stream().map(Participant::name).sorted().toList())
                .containsExactlyInAnyOrder(List.of("王毅", "菅义伟"), List.of("王毅", "茂木敏充"));
    }

    @Test
    void twoMinistersMeetingTwoMinistersSitAtOneTable() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(
                "美国国务卿布林肯和国防部长奥斯汀今天与日本防卫大臣岸信夫、外务大臣茂木敏充举行会谈。", "2021-03-16T08:00:00Z")
                .stream().filter(e -> e.type() == EventType.TALKS).toList();
        assertThat(talks).singleElement().satisfies(e -> assertThat(e.persons()).hasSize(4));
    }

    @Test
    void talksOfOneVisitorWithAnotherHostInALaterSentenceAreAnotherContact() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(
                "美国副国务卿比根10日与日本外务大臣茂木敏充在东京举行了会谈。比根还与日本防卫大臣河野太郎举行了会谈。",
                "2020-07-10T08:00:00Z").stream().filter(e -> e.type() == EventType.TALKS).toList();
        assertThat(talks).hasSize(2).allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 7, 10)));
    }

    @Test
    void aMeetingDuringAStayIsNotDatedByTheStaysFirstDay() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "捷克参议院议长维特齐将于30日率团访问台湾。</p><p>维特齐在台期间将会见台湾总统蔡英文。", "2020-08-29T08:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2020, 8, 29));
            assertThat(e.dateIsReportDate()).isTrue();
        });
    }
}
