package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Opposition voiced as the reason of a sanction decided in the same sentence ({@link ReasonForSanction}). */
class SanctionReasonTest {

    private static List<EventType> typesOf(String body, String published) throws Exception {
        return ExtractionFixture.events("测试", body, published).stream().map(DiplomaticEvent::type).toList();
    }

    @Test
    void oppositionGivenAsTheReasonOfADecidedSanctionIsNoProtestOfItsOwn() throws Exception {
        assertThat(typesOf("曹忠明23日表示，中国对欧盟搞对华制裁表示坚决反对和强烈谴责，决定对10名欧方人员和四个实体实施制裁。",
                "2021-03-24T10:00:00Z"))
                .contains(EventType.SANCTION).doesNotContain(EventType.PROTEST);
    }

    @Test
    void oppositionWithASanctionOnlyThreatenedStaysAProtest() throws Exception {
        assertThat(typesOf("中国外交部周三表示，中方对美国此举坚决反对，将做出必要反应，对美方相关人员和实体实施制裁。",
                "2020-07-15T10:00:00Z"))
                .contains(EventType.PROTEST).doesNotContain(EventType.SANCTION);
    }
}
