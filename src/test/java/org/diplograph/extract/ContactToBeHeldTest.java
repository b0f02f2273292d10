package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Talks named before the verb that holds them (…对话将在中国举行) are talks, to come when the verb is in the future;
 * 考虑到 ("in view of") gives a reason, it does not make what it names a mere thought.
 */
class ContactToBeHeldTest {

    @Test
    void dialogueToBeHeldIsPlannedTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, "共同社提到，王毅是考虑到日中高级别人文交流对话将在中国举行"
                + "而邀请日本外相茂木敏充访华。", "2020-12-13T04:00:00Z"))
                .singleElement().satisfies(talks -> {
                    assertThat(talks.countries()).containsExactly("CHN", "JPN");
                    assertThat(talks.status()).isEqualTo(EventStatus.PLANNED);
                });
    }

    @Test
    void talksHeldInThePastAreOccurred() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, "中国外长王毅与澳大利亚外长佩恩的战略对话昨天在北京举行。",
                "2020-12-13T04:00:00Z"))
                .singleElement().satisfies(talks -> assertThat(talks.status()).isEqualTo(EventStatus.OCCURRED));
    }
}
