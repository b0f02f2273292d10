package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Persons a later clause names around a contact of its own take no part in the contact before it. */
class OtherContactsPersonsTest {

    @Test
    void personsOfTheTalksWishedFor_areNoParticipantsOfTheCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "特鲁多在周一早上通话时告诉墨西哥总统奥夫拉多尔(Andres Manuel Lopez Obrador)，希望他与美国总统特朗普的会谈圆满成功。",
                "2020-07-07T02:00:00Z")).singleElement().satisfies(c -> assertThat(c.persons())
                .extracting(Participant::name).contains("特鲁多", "奥夫拉多尔").doesNotContain("特朗普"));
    }

    @Test
    void subjectOpeningTheLaterClause_staysAParticipant() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "周二，同俄罗斯总统普京通电话时，美国总统拜登提出了双方举行高峰会晤的建议。", "2021-04-14T02:00:00Z"))
                .singleElement().satisfies(c -> assertThat(c.persons())
                .extracting(Participant::name).contains("拜登", "普京"));
    }
}
