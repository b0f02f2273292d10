package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line opening with 的 after a line with no sentence end goes on with the sentence before. */
class BrokenParagraphTest {

    @Test
    void aSentenceBrokenBeforeDeGoesOnAcrossTheBreak() {
        assertThat(SentenceSplitter.split("10月将在中国昆明举行\n的联合国大会；以及气候峰会。")).hasSize(1);
    }

    @Test
    void aLineAfterASentenceEndIsANewSentence() {
        assertThat(SentenceSplitter.split("会议在昆明举行。\n的确如此。")).hasSize(2);
    }
}
