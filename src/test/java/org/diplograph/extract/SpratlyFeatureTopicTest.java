package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reef or island of the Spratlys named by itself places a contact in the South China Sea. */
class SpratlyFeatureTopicTest {

    @Test
    void aProtestAtShipsMassedAtAReef_isAboutTheSeaAndItsDispute() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "菲律宾外交部21日针对中国船只集结牛轭礁向中方提出外交抗议。", "2021-03-22T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics())
                        .contains("south-china-sea", "territorial-disputes"));
    }
}
