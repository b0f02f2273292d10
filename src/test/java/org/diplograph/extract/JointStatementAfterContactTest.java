package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A joint statement issued after a meeting is the meeting's sides' ({@link JointStatementAfterContact}). */
class JointStatementAfterContactTest {

    private static final String SUMMIT = "美国总统拜登和普京已于6月16日在瑞士日内瓦举行了峰会。</p><p>";

    @Test
    void aJointStatementAfterASummitIsIssuedByItsSidesOnItsDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT, SUMMIT
                + "峰会后的联合声明中说：“两国将在不久的将来共同着手进行全面的双边战略稳定对话。”", "2021-07-01T10:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("RUS", "USA");
                    assertThat(e.date()).hasToString("2021-06-16");
                    assertThat(e.topics()).contains("military-security");
                });
    }

    @Test
    void aStatementNamingNoIssuerWithoutAContactBeforeItIsNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "峰会后的联合声明中说：“双边关系将得到改善。”", "2021-07-01T10:00:00Z")).isEmpty();
    }
}
