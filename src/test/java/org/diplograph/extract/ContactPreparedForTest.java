package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The persons of a later contact a meeting prepares take no part in the meeting (ContactPreparedFor). */
class ContactPreparedForTest {

    private static final String MEETING = "消息人士称，美国副国务卿谢尔曼将在天津会见中国外交部副部长谢峰。";

    @Test
    void thePersonsOfTheContactPreparedForTakeNoPart() throws Exception {
        DiplomaticEvent meeting = ExtractionFixture.events(EventType.MEETING, MEETING
                        + "报道指，这次会面被视为为美国总统拜登和中国国家主席习近平进一步接触铺平道路的关键。",
                "2021-07-14T08:00:00Z").get(0);
        assertThat(meeting.persons()).extracting(Participant::name)
                .contains("谢尔曼", "谢峰").doesNotContain("拜登", "习近平");
    }

    @Test
    void thePersonsOfAMeetingNamedAgainWithoutWhatItPreparesTakePart() throws Exception {
        DiplomaticEvent meeting = ExtractionFixture.events(EventType.MEETING, MEETING
                        + "报道指，这次会面由美国总统拜登亲自安排。",
                "2021-07-14T08:00:00Z").get(0);
        assertThat(meeting.persons()).extracting(Participant::name).contains("谢尔曼", "谢峰");
    }
}
