package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which wording signals which event type, and which mentions of an event report none ({@link EventExtractor}). */
class EventTypingTest {

    private static final String PUBLISHED = "2021-06-14T10:00:00Z";

    private static List<DiplomaticEvent> eventsOf(String body) throws Exception {
        return ExtractionFixture.events("测试", body, PUBLISHED);
    }

    private static List<EventType> typesOf(String body) throws Exception {
        return eventsOf(body).stream().map(DiplomaticEvent::type).toList();
    }

    @Test
    void readsCongratulationsOnTakingOfficeAsMessage() throws Exception {
        List<DiplomaticEvent> events = eventsOf("美国总统拜登周日祝贺贝内特当选以色列总理。");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactly(EventType.MESSAGE);
        assertThat(events.get(0).countries()).containsExactly("ISR", "USA");
    }

    @Test
    void readsCongratulationsSaidDuringATalkAsPartOfIt() throws Exception {
        assertThat(typesOf("新加坡总理李显龙表示，很高兴再次祝贺习近平主席再次当选中共中央总书记。"))
                .doesNotContain(EventType.MESSAGE);
    }

    @Test
    void readsCallExpressingCondolencesToAnEnvoyAsCall() throws Exception {
        // Messages of condolence go from leader to leader; 致电 to an envoy posted here is a phone call.
        assertThat(typesOf("台湾外交部长吴钊燮指示亚太司长致电瑙鲁驻台大使，表达台湾政府的关怀与哀悼。"))
                .containsExactly(EventType.PHONE_CALL);
    }

    @Test
    void readsSummonedOrRecalledAmbassadorAsProtest() throws Exception {
        assertThat(typesOf("波兰外交部周一传唤俄罗斯大使。")).containsExactly(EventType.PROTEST);
        assertThat(typesOf("荷兰外交部召见中国大使，针对中国的报复性制裁表达抗议。")).containsExactly(EventType.PROTEST);
    }

    @Test
    void readsCriticismAsProtestOnlyInAnOfficialVoice() throws Exception {
        assertThat(typesOf("中国外交部发言人汪文斌27日在例行记者会上驳斥美国国务卿蓬佩奥对中国的指控。"))
                .containsExactly(EventType.PROTEST);
        assertThat(typesOf("中国官员尖锐批评了美国政府支持台湾的信号。")).isEmpty();
        assertThat(typesOf("俄罗斯外交部的声明中并未包含拉夫罗夫对美国的批评内容。")).doesNotContain(EventType.PROTEST);
    }

    @Test
    void readsCleftSentenceAsStatingTheEvent() throws Exception {
        assertThat(typesOf("中国外长王毅是在莫斯科与印度外长苏杰生会见的。")).containsExactly(EventType.MEETING);
    }

    @Test
    void readsWhatIsToBeEnsuredAsNoAgreement() throws Exception {
        assertThat(typesOf("中国外长王毅与日本外相茂木敏充通话时表示，双方要确保年内签署区域全面经济伙伴关系协定。"))
                .doesNotContain(EventType.AGREEMENT);
    }

    @Test
    void readsUndatedBackgroundMentionsAsNoEvent() throws Exception {
        assertThat(typesOf("德国总理朔尔茨表示，我上次访华以来，德中关系取得积极发展。")).isEmpty();
        assertThat(typesOf("这是美国和中国之间签署的首个此类协议。")).isEmpty();
        List<DiplomaticEvent> dated = eventsOf("美国和中国1月份签署的贸易协议已经生效。");
        assertThat(dated).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 1, 1)));
    }

    @Test
    void readsRankedMeetingAsTalks() throws Exception {
        assertThat(typesOf("6月6日，中国和印度两国边防部队举行首次军长级会晤。")).containsExactly(EventType.TALKS);
    }

    @Test
    void readsCallingOnACountryAsVisit() throws Exception {
        List<DiplomaticEvent> events = eventsOf("美国国务卿蓬佩奥接下来将拜访斯里兰卡。");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactly(EventType.VISIT);
        assertThat(events.get(0).host()).contains("LKA");
        assertThat(typesOf("朝鲜领导人金正恩选择先前往中国拜访习近平。")).doesNotContain(EventType.VISIT);
    }

    @Test
    void readsMeetingByVideoAsCall() throws Exception {
        List<DiplomaticEvent> events = eventsOf("周五晚些时候，中国国务院副总理韩正在北京通过视频方式会见美国总统气候问题特使克里。");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactly(EventType.PHONE_CALL);
        assertThat(events.get(0).countries()).containsExactly("CHN", "USA");
    }

    @Test
    void readsQuestionWhetherACallHappensAsNoEvent() throws Exception {
        assertThat(typesOf("习近平与拜登何时通话一直是外界关注的焦点。")).isEmpty();
    }

    @Test
    void keepsMessagesOfDifferentSendersApart() throws Exception {
        List<DiplomaticEvent> events = eventsOf("6月13日，国家主席习近平同日本首相岸田文雄互致贺电。同日，国务院总理李克强同岸田文雄互致贺电。"
                + "李克强在贺电中表示，中日是近邻。");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactly(EventType.MESSAGE, EventType.MESSAGE);
        assertThat(events).extracting(e -> e.persons().stream().map(Participant::name).sorted().toList())
                .containsExactlyInAnyOrder(List.of("习近平", "岸田文雄"), List.of("岸田文雄", "李克强"));
    }

    @Test
    void readsStatementsAtPressConferencesOrReferredBackAsNoStatement() throws Exception {
        assertThat(typesOf("中国外交部发言人赵立坚周三在例行发布会上再度声明指出，中印边境冲突的责任完全不在中方，印度应负全责。"))
                .doesNotContain(EventType.STATEMENT);
        assertThat(typesOf("中国外交部发言人赵立坚称，我们之所以对印度发表这样的声明，是因为印度媒体披露了虚假信息。"))
                .doesNotContain(EventType.STATEMENT);
        assertThat(typesOf("中国和俄罗斯21日发表联合声明。")).contains(EventType.STATEMENT);
    }
}
