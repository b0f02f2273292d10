package org.diplograph.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PublicationStampTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void readsTheStampsOutletsPrintAtTheTopOfTheBody() {
        assertThat(PublicationStamp.parse("Fri, 17 Jul 2020 03:46:53 GMT", SHANGHAI))
                .contains(Instant.parse("2020-07-17T03:46:53Z"));
        assertThat(PublicationStamp.parse("2020-07-22T12:41:09.819Z", SHANGHAI))
                .contains(Instant.parse("2020-07-22T12:41:09.819Z"));
        // Reuters and the NYT print newsroom time without a zone.
        assertThat(PublicationStamp.parse("2020-07-21T10:05:00", SHANGHAI))
                .contains(Instant.parse("2020-07-21T02:05:00Z"));
        assertThat(PublicationStamp.parse("2020-07-21 10:05:00", SHANGHAI))
                .contains(Instant.parse("2020-07-21T02:05:00Z"));
        assertThat(PublicationStamp.parse("07/02/2024 - 19:01", ZoneId.of("Europe/Paris")))
                .contains(Instant.parse("2024-02-07T18:01:00Z"));
    }

    @Test
    void rejectsWhatIsNoTimestamp() {
        assertThat(PublicationStamp.parse("叶宣（综合报道）", SHANGHAI)).isEmpty();
        assertThat(PublicationStamp.parse("2020-13-45T99:00:00", SHANGHAI)).isEmpty();
    }
}
