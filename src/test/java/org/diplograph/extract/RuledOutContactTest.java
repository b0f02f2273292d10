package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact not arranged or held (不会安排…进行双边会谈) is no event; one arranged is planned. */
class RuledOutContactTest {

    @Test
    void talksNotArranged_areNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "白宫证实中国国家主席习近平将参加本周四与周五由美国主办的气候峰会，不过不会安排与拜登总统进行双边会谈。",
                "2021-04-21T16:00:00Z")).isEmpty();
    }

    @Test
    void talksArranged_arePlanned() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "白宫证实将安排美国总统拜登与中国国家主席习近平进行双边会谈。", "2021-04-21T16:00:00Z"))
                .singleElement().satisfies(t -> {
                    assertThat(t.countries()).containsExactly("CHN", "USA");
                    assertThat(t.status()).isEqualTo(EventStatus.PLANNED);
                });
    }

    @Test
    void talksNotHeldAtASummit_areNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "美国白宫表示，拜登与习近平不会在气候峰会上进行双边会谈。", "2021-04-21T16:00:00Z")).isEmpty();
    }

    @Test
    void talksInReykjavik_areHeld() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "美国国务卿布林肯与俄罗斯外长拉夫罗夫20日在雷克雅未克举行双边会谈。", "2021-05-20T16:00:00Z"))
                .singleElement().satisfies(t -> assertThat(t.countries()).containsExactly("RUS", "USA"));
    }
}
