package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A protest lodged about "this" (就此) is about the matter of the protest reported before it. */
class ProtestOnSameMatterTest {

    @Test
    void demarchesAboutThis_takeTheMatterOfTheProtestBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "外交部副部长秦刚约见捷克驻华大使，就台湾问题提出严正交涉。外交部欧洲司负责人、中国驻捷克使馆也分别"
                        + "就此向捷克驻华使馆、捷克外交部提出严正交涉。", "2020-09-01T08:00:00Z"))
                .hasSize(3).allSatisfy(e -> assertThat(e.topics()).contains("taiwan"));
    }
}
