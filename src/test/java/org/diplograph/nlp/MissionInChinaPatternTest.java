package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The 驻华 pattern opens with its literal and still gives the abbreviation before it, within a sentence's bounds. */
class MissionInChinaPatternTest {

    private final Pattern missions = MissionInChina.pattern("中美捷日");

    private List<String> found(String text, int from) {
        Matcher m = missions.matcher(text).region(from, text.length());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + "@" + m.start(1));
        }
        return out;
    }

    @Test
    void givesTheAbbreviationBeforeEachMission() {
        assertThat(found("召见美驻华大使，又向捷驻华使馆提出交涉", 0)).containsExactly("美@2", "捷@10");
    }

    @Test
    void abbreviationThatEndsARunIsNoMission() {
        assertThat(found("中美驻华", 0)).isEmpty();
    }

    @Test
    void sentenceBoundsHideTheTextBefore() {
        // As GazetteerMatcher matches sentence by sentence: what lies before the region is not seen.
        assertThat(found("中美驻华", 1)).containsExactly("美@1");
    }
}
