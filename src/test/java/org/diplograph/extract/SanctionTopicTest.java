package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sanction is about sanctions, whatever words its report uses. */
class SanctionTopicTest {

    @Test
    void visaRestrictionsAreAboutSanctions() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                "美国国务卿蓬佩奥周五表示，美国将对据信对限制香港自由负有责任的中国官员实施签证限制。",
                "2020-06-29T08:00:00Z").get(0);
        assertThat(sanction.topics()).contains("sanctions", "hong-kong");
    }
}
