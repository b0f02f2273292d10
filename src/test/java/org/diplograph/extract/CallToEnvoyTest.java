package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 致电 to an envoy posted in the caller's country is a phone call; between leaders it is a message. */
class CallToEnvoyTest {

    @Test
    void condolencesToAnAmbassadorByPhone_areACall() throws Exception {
        String body = "台湾外交部长吴钊燮昨天致电诺鲁驻台大使凯法斯，表达台湾政府的关怀与哀悼。";
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL, body, "2021-06-26T08:00:00Z")).hasSize(1);
        assertThat(ExtractionFixture.events(EventType.MESSAGE, body, "2021-06-26T08:00:00Z")).isEmpty();
    }

    @Test
    void condolencesToALeader_areAMessage() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "国家主席习近平9日致电美国总统拜登，对美国得克萨斯州发生严重枪击事件表示哀悼。",
                "2023-05-09T08:00:00Z")).hasSize(1);
    }
}
