package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Vietnamese women's names (surname + 氏 + given name) after a title. */
class VietnameseGivenNameTest {

    @Test
    void aNameGoesOnPastItsMarkerThroughTheGivenName() throws Exception {
        // The segmenter reads 黎氏/nr 秋/tg 姮/w.
        List<Mention> persons = persons("越南外交部女发言人黎氏秋姮在例行记者会上说，越方已向中方发出外交照会。");
        assertThat(persons).extracting(Mention::key).containsExactly("黎氏秋姮");
        assertThat(persons.get(0).country()).contains("VNM");
        assertThat(persons.get(0).position()).contains("spokesperson");
    }

    @Test
    void theGivenNameStopsBeforeTheWordsThatFollowIt() throws Exception {
        assertThat(persons("越南外交部发言人黎氏秋恒2019年7月25日在河内举行例行记者会。"))
                .extracting(Mention::key).containsExactly("黎氏秋恒");
    }
}
