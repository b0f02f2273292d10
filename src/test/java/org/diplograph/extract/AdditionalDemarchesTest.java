package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Démarches also (也) lodged one by one come on top of the protest reported before them. */
class AdditionalDemarchesTest {

    @Test
    void demarchesAlsoLodgedOneByOne_addToTheSummonsReportedBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "外交部副部长秦刚约见捷克驻华大使提出严正交涉。外交部欧洲司负责人、中国驻捷克使馆也分别就此向捷克驻华使馆、"
                        + "捷克外交部提出严正交涉。", "2020-09-01T08:00:00Z"))
                .hasSize(3).allSatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "CZE"));
    }

    @Test
    void demarchesOneByOneWithoutAlso_mayRetellTheOneReported() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部和中国驻捷克使馆31日分别向捷克驻华使馆、捷克外交部提出严正交涉。", "2020-08-31T10:00:00Z"))
                .hasSize(2);
    }
}
