package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Joint statements listed by title are one statement each ({@link ListedStatements}). */
class ListedStatementsTest {

    @Test
    void twoJointStatementsSignedByTitleAreTwo() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "会谈后，中俄两国元首共同签署了《中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明》和"
                        + "《中华人民共和国主席和俄罗斯联邦总统关于2030年前中俄经济合作重点方向发展规划的联合声明》。",
                "2023-03-21T12:00:00Z"))
                .hasSize(2).allSatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "RUS"));
    }

    @Test
    void oneJointStatementNamedTwiceIsOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "中俄两国元首共同签署了《中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明》，联合声明强调双方将深化合作。",
                "2023-03-21T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "RUS"));
    }
}
