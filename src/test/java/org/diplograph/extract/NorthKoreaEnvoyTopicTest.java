package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** An envoy or a talk charged with North Korea names the peninsula's issue as what the contact is about. */
class NorthKoreaEnvoyTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void theSpecialRepresentativeForNorthKoreaBringsThePeninsulaIssue() {
        assertThat(topics.detect("美国国务院常务副国务卿兼对朝特别代表比根7日抵达韩国。"))
                .contains("korean-peninsula-nuclear");
        assertThat(topics.detect("其中包括负责对朝谈判的美国副国务卿比根。")).contains("korean-peninsula-nuclear");
        assertThat(topics.detect("拜登宣布任命一名美国北韩特使。")).contains("korean-peninsula-nuclear");
    }

    @Test
    void northKoreaAsAnActorIsNoTopic() {
        assertThat(topics.detect("朝鲜外务省第一副相崔善姬4日发表谈话。")).doesNotContain("korean-peninsula-nuclear");
    }
}
