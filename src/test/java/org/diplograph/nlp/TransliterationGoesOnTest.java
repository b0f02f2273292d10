package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** A known person's name that the rest of a longer transliteration follows at once is no mention of that person. */
class TransliterationGoesOnTest {

    @Test
    void crimeaIsNoMentionOfKerry() throws Exception {
        // The segmenter reads 克里米亚 as 克里/nr 米亚/nrf.
        assertThat(persons("2014年俄罗斯并吞克里米亚时，就以此法制裁了其官员。")).extracting(Mention::key)
                .doesNotContain("克里");
    }

    @Test
    void kerryNamedBeforeAVerbIsStillKerry() throws Exception {
        assertThat(persons("美国气候特使克里抵达上海。")).extracting(Mention::key).contains("克里");
    }
}
