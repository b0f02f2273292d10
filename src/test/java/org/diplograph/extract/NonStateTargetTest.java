package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A condemnation of an armed group is no protest between states. */
class NonStateTargetTest {

    @Test
    void condemningHamas_isNoProtestAgainstIsrael() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "德国外长马斯再次强调，德国支持以色列的自卫权，并谴责哈马斯对以色列城市的火箭弹袭击。",
                "2021-05-20T12:00:00Z")).isEmpty();
    }

    @Test
    void condemningAState_isStillAProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "德国外交部发言人表示，德国强烈谴责以色列对加沙的空袭。", "2021-05-20T12:00:00Z")).isNotEmpty();
    }
}
