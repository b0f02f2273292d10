package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** 一个中国 counting one Chinese thing is no invocation of the one-China principle. */
class OneChineseThingTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void oneChineseAgency_isNoTaiwanTopic() {
        assertThat(topics.detect("特朗普政府上周四禁止四名中国官员及一个中国政府机构使用美国银行及其他金融机构。"))
                .doesNotContain("taiwan");
    }

    @Test
    void theOneChinaPrinciple_stillIs() {
        assertThat(topics.detect("杨洁篪敦促美方恪守一个中国原则。")).contains("taiwan");
        assertThat(topics.detect("美国承诺坚持一个中国，台湾不是一个国家。")).contains("taiwan");
    }
}
