package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact whose spirit the sides are urged to follow (敦促…按照两国元首通话精神) took place. */
class ContactToFollowTest {

    @Test
    void callWhoseSpiritIsToBeFollowed_hasTakenPlace() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "赵立坚说，中国要求美国停止干涉中国内政，按照两国元首通话精神，聚焦合作、管控分歧。",
                "2021-03-11T08:00:00Z"))
                .singleElement().satisfies(c -> {
                    assertThat(c.countries()).containsExactly("CHN", "USA");
                    assertThat(c.status()).isEqualTo(EventStatus.OCCURRED);
                });
    }

    @Test
    void callUrgedToBeHeld_isNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "中国要求美国按照惯例尽快与中方通话。", "2021-03-11T08:00:00Z")).isEmpty();
    }
}
