package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Protests lodged one by one (分别) are one each ({@link SeveralDemarches}); a capital they are lodged with
 * is the side addressed ({@link AddressedCapital}); a president's spokesperson does not voice a foreign
 * ministry's protest ({@link Spokespersons}).
 */
class SeveralDemarchesTest {

    @Test
    void protestsOverTwoMattersLodgedOneByOneAreTwo() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "对两项南海情势，菲国外交部今天分别向北京提出外交抗议。", "2021-04-14T10:00:00Z"))
                .extracting(DiplomaticEvent::key)
                .containsExactly("Protest|CHN,PHL|2021-04-14|PHL", "Protest|CHN,PHL|2021-04-14|PHL#2");
    }

    @Test
    void demarchesWithTwoListedOfficesAreTwo() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部和中国驻捷克使馆31日分别向捷克驻华使馆、捷克外交部提出严正交涉。", "2020-08-31T10:00:00Z"))
                .hasSize(2).allSatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "CZE"));
    }

    @Test
    void oneProtestLodgedWithACapitalIsOneWithItsCountry() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "菲律宾外交部今天向北京提出外交抗议。", "2021-04-14T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "PHL"));
    }

    @Test
    void thePresidentsSpokespersonDoesNotVoiceTheMinistrysProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "菲律宾总统发言人罗奎今天表示，菲国将强化巡逻。菲律宾外交部今天向中国提出外交抗议。",
                "2021-04-14T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.persons()).isEmpty());
    }
}
