package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which of a sentence's names are the sides of its events, through the whole extraction. */
class ActorSelectorTest {

    @Test
    void countriesOfALeadingAdverbialClauseAreNoSidesOfTheMainClause() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "结束出访印度后，蓬佩奥10月27日抵达斯里兰卡，10月28日会见了斯里兰卡总统拉贾帕克萨。", "2020-10-28T08:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("LKA", "USA"));
        assertThat(ExtractionFixture.events(
                "继美国、英国、澳大利亚之后，加拿大周五宣布针对香港问题的制裁措施，包括暂停与香港之间的引渡协议。", "2020-07-04T08:00:00Z"))
                .filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CAN", "HKG"));
    }

    @Test
    void aClauseEndingIn前SetsTheSceneLikeOneEndingIn之前() throws Exception {
        assertThat(ExtractionFixture.events("在习近平和普京举行视频会晤前，美国总统拜登和普京已于6月16日在瑞士日内瓦举行了峰会。",
                "2021-07-01T08:00:00Z"))
                .filteredOn(e -> e.date().equals(java.time.LocalDate.of(2021, 6, 16))).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("RUS", "USA"));
    }

    @Test
    void aDatelineMayComeBeforeTheSetting() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events("（中央社台北10日电）针对美国卫生部长艾萨访问台湾，今天并会晤总统蔡英文，"
                + "中国外交部发言人赵立坚今天说，中方已就此向美方提出严正交涉。", "2020-08-10T08:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void aSubjectBeforeTheSettingStillActs() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "美国副国务卿比根在结束对韩国的访问后，9日抵达日本，与日本外务事务次官秋叶刚男举行会谈。", "2020-07-10T08:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.TALKS).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "USA"));
    }

    @Test
    void takingPartInTheGeneralAssemblyIsTakingPartInTheUnitedNations() throws Exception {
        assertThat(ExtractionFixture.events("越南总理阮晋勇在纽约出席了第69届联大气候峰会。", "2014-09-25T08:00:00Z"))
                .filteredOn(e -> e.type() == EventType.SUMMIT).singleElement()
                .satisfies(e -> assertThat(e.organizations()).containsExactly("UN"));
    }

    @Test
    void whatAnActIsAboutIsNoSideOfIt() throws Exception {
        assertThat(ExtractionFixture.events("中国驻丹麦大使冯铁23日就欧盟制裁向丹麦外交部提出严正交涉。", "2021-03-24T08:00:00Z"))
                .filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "DNK");
                    assertThat(e.organizations()).isEmpty();
                });
        assertThat(ExtractionFixture.events("今年6月，美国和俄罗斯官员在维也纳就涉及两国和中国的三边条约举行了军控会谈。", "2020-07-24T08:00:00Z"))
                .filteredOn(e -> e.type() == EventType.TALKS).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("RUS", "USA"));
    }

    @Test
    void aPairCountsForTheActsOfItsOwnClauseOrSubject() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "法新社称，法中德领导人举行视频会议，正逢美国气候特使克里在中国进行访问，克里目前在上海就气候议题与中国官员进行磋商。", "2021-04-15T08:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
        assertThat(ExtractionFixture.events("岸田文雄表示，去年10月我们成功通话，就构建契合新时代要求的日中关系达成一致。", "2022-11-18T08:00:00Z"))
                .filteredOn(e -> e.type() == EventType.PHONE_CALL).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "JPN"));
    }

    @Test
    void aGatheringOfAnOrganisationIsASideOnlyOfTheActsOfItsClause() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "韩国外交部长郑义溶将受邀出席在伦敦举行的G7外长会议，美日两国政府正在磋商举办美日韩3国外长会谈。",
                "2021-05-02T08:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.TALKS).singleElement()
                .satisfies(e -> assertThat(e.organizations()).isEmpty());
        assertThat(events).filteredOn(e -> e.type() == EventType.SUMMIT).singleElement()
                .satisfies(e -> assertThat(e.organizations()).containsExactly("G7"));
    }

    @Test
    void officialsListedAsTakingPartAreParticipantsOfTheMeeting() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events("国家主席习近平17日在曼谷会见菲律宾总统马科斯。双方就南海问题交换了意见。"
                + "丁薛祥、王毅、何立峰等参加会见。", "2022-11-18T08:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                .satisfies(e -> assertThat(e.persons()).contains(
                        new Participant("王毅", Optional.empty(), Optional.of("CHN")),
                        new Participant("丁薛祥", Optional.empty(), Optional.of("CHN"))));
    }
}
