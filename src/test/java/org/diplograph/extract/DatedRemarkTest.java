package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Undated statements dated by their issuer's dated remark just before ({@link DatedRemark}). */
class DatedRemarkTest {

    @Test
    void anUndatedStatementTakesTheDayItsIssuerWasQuotedOn() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "7月13日，美国国务卿蓬佩奥曾表示，中国在南海的领土声索完全不合法。这是美国政府首次表明立场。"
                        + "蓬佩奥发表声明指，中国正以霸凌方式企图控制南海。", "2020-08-27T10:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 7, 13));
                    assertThat(e.dateIsReportDate()).isFalse();
                });
    }

    @Test
    void anotherSpeakersDayIsNotTheStatements() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "7月13日，中国外交部发言人赵立坚曾表示，南海诸岛是中国固有领土。这是中方一贯立场。"
                        + "蓬佩奥发表声明指，中国正以霸凌方式企图控制南海。", "2020-08-27T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 8, 27)));
    }
}
