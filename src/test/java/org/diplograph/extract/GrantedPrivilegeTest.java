package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Trade words naming a privilege or status granted to a territory are no trade topic. */
class GrantedPrivilegeTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void preferentialTradeTreatmentWithdrawn_isNoTrade() {
        assertThat(topics.detect("据郑泽光说，美方取消香港贸易优惠待遇，制裁中方官员。")).doesNotContain("trade");
    }

    @Test
    void privilegesEnjoyed_areNoTradeNorEconomicTies() {
        assertThat(topics.detect("他还签署一项命令，取消这个亚洲金融中心享有的贸易和经济特权。"))
                .doesNotContain("trade", "economic-cooperation");
    }

    @Test
    void aSeparateCustomsTerritory_isNoTrade() {
        assertThat(topics.detect("是不是要把香港的独立关税区地位正式取消？")).doesNotContain("trade");
    }

    @Test
    void tradeItself_stillIs() {
        assertThat(topics.detect("双方就贸易和投资问题交换了意见。")).contains("trade");
    }
}
