package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Five Eyes (五眼联盟) stand for their five member states; a statement reacted to is not issued there. */
class FiveEyesMembersTest {

    private static final String PROTEST = "针对“五眼联盟”外长发表共同声明，中国外交部发言人赵立坚周一表示，"
            + "中方对该声明表示强烈不满和坚决反对，中国驻有关国家使馆已向有关国家提出严正交涉。";

    @Test
    void protestAgainstTheFiveEyes_hasTheFiveMembersAsItsTarget() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST, PROTEST, "2020-08-10T08:00:00Z")).singleElement()
                .satisfies(protest -> assertThat(protest.countries())
                        .containsExactly("AUS", "CAN", "CHN", "GBR", "NZL", "USA"));
    }

    @Test
    void statementReactedTo_isNoStatementOfTheReactingSide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "中国外交部对“五眼联盟”外长涉港声明表示强烈不满。", "2020-08-10T08:00:00Z")).isEmpty();
    }
}
