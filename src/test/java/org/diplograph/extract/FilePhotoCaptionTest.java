package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A spokesperson shown in a file photo's caption does not compete with the one who voiced a protest (FilePhotoCaption). */
class FilePhotoCaptionTest {

    @Test
    void aSpokespersonSpelledOtherwiseInAFilePhotoDoesNotHideTheOneWhoSpoke() throws Exception {
        DiplomaticEvent protest = ExtractionFixture.events(EventType.PROTEST,
                "资料照：越南外交部发言人黎氏秋恒2019年7月25日在河内举行的例行记者会上。"
                        + "越南外交部就中国在南中国海举行军事演习向北京提出抗议。"
                        + "越南外交部女发言人黎氏秋姮在周四的例行记者会上说，中国的演习严重侵犯了越南的主权。",
                "2020-07-02T08:00:00Z").get(0);
        assertThat(protest.persons()).contains(
                new Participant("黎氏秋姮", Optional.of("spokesperson"), Optional.of("VNM")));
    }

    @Test
    void twoSpokespersonsOutsideCaptionsStillVoiceNothing() throws Exception {
        DiplomaticEvent protest = ExtractionFixture.events(EventType.PROTEST,
                "越南外交部发言人黎氏秋恒上月在河内举行的例行记者会上讲话。"
                        + "越南外交部就中国在南中国海举行军事演习向北京提出抗议。"
                        + "越南外交部女发言人黎氏秋姮在周四的例行记者会上说，中国的演习严重侵犯了越南的主权。",
                "2020-07-02T08:00:00Z").get(0);
        assertThat(protest.persons()).extracting(Participant::name).doesNotContain("黎氏秋姮", "黎氏秋恒");
    }
}
