package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A pair of states opening a clause is the subject of the subjectless clauses after it; consultations in Taiwan's
 * usage (咨商) are talks; the anniversary of relations dates the anniversary, not the talks.
 */
class PairOpeningChainTest {

    private static final String CONSULTATIONS = "经济部国贸局上午发布新闻稿表示，台湾与贝里斯去年建交30周年，"
            + "为持续深化双边友好关系，展开洽签ECA相关咨商工作。";

    @Test
    void subjectlessClauseTalksAreBetweenThePairOpeningTheSentence() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, CONSULTATIONS, "2020-10-01T04:00:00Z"))
                .singleElement().satisfies(talks -> assertThat(talks.countries()).containsExactly("BLZ", "TWN"));
    }

    @Test
    void anniversaryOfRelationsDoesNotDateTheTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, CONSULTATIONS, "2020-10-01T04:00:00Z"))
                .singleElement().satisfies(talks -> {
                    assertThat(talks.date()).isEqualTo(LocalDate.of(2020, 10, 1));
                    assertThat(talks.dateIsReportDate()).isTrue();
                });
    }

    @Test
    void clauseWithSubjectOfItsOwnKeepsItsActors() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, "中国与俄罗斯关系密切，日本与韩国展开新一轮磋商。",
                "2020-10-01T04:00:00Z"))
                .singleElement().satisfies(talks -> assertThat(talks.countries()).containsExactly("JPN", "KOR"));
    }
}
