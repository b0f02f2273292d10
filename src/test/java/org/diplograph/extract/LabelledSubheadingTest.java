package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A labelled line of the body (北京：将采取对等措施) opens a new part: what follows is not the topic of the event before. */
class LabelledSubheadingTest {

    private static final String PUBLISHED = "2020-07-10T08:00:00Z";
    private static final String SANCTION = "美国财政部周四宣布对四名中国官员实施制裁。";
    private static final String LATER = "美国官员表示，这些官员以反恐为名迫害维吾尔人。";

    @Test
    void labelledLine_endsTheTopicsOfTheEventBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                SANCTION + "</p><p>北京：将采取对等措施</p><p>" + LATER, PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.topics()).doesNotContain("counterterrorism"));
    }

    @Test
    void withoutTheLabelledLine_theStoryGoesOn() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, SANCTION + "</p><p>" + LATER, PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("counterterrorism"));
    }
}
