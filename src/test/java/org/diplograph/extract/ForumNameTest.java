package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A topic word in a forum's name is the programme, not a matter discussed ({@link ForumName}). */
class ForumNameTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aForumOnTheProgrammeIsNoTopic() {
        assertThat(topics.detect("维特齐等人在台期间将会见总统蔡英文，并出席台捷经贸投资论坛等活动。"))
                .doesNotContain("economic-cooperation");
    }

    @Test
    void theSameWordsDiscussedAreATopic() {
        assertThat(topics.detect("双方就加强经贸投资合作交换了意见。")).contains("economic-cooperation");
    }
}
