package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Relations named only as what an act would harm (对中美关系造成损害) are not talk of the relations. */
class RelationsHarmedTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void harmDoneToTheRelationsIsNoTopic() {
        assertThat(topics.detect("他敦促美方停止售台武器，以免对中美关系和台海和平稳定造成进一步损害。"))
                .doesNotContain("bilateral-relations");
    }

    @Test
    void theRelationsDiscussedStayATopic() {
        assertThat(topics.detect("双方就中美关系交换了意见。")).contains("bilateral-relations");
        assertThat(topics.detect("两国外长认为，要对中美关系的前景抱有信心。")).contains("bilateral-relations");
    }
}
