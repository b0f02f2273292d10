package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A visit told as going on (正在…访问的) takes no date from another clause that tells an act of its own. */
class OngoingActTest {

    @Test
    void ongoingVisit_isNotDatedByAnotherVisitsClause() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "捷克参议院主席维斯特奇尔30日率代表团抵台访问，正在德国访问的中国国务委员兼外长王毅表示，中方决不会坐视不管。",
                "2020-08-31T12:00:00Z"))
                .filteredOn(e -> e.countries().contains("DEU"))
                .extracting(DiplomaticEvent::date).containsExactly(LocalDate.of(2020, 8, 31));
    }

    @Test
    void ongoingVisit_isDatedByALeadingTimeClause() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "莫斯科当地时间3月21日下午，正在俄罗斯进行国事访问的中国国家主席习近平出席了俄罗斯联邦总统普京为他举行的欢迎仪式。",
                "2023-03-22T12:00:00Z"))
                .extracting(DiplomaticEvent::date).containsExactly(LocalDate.of(2023, 3, 21));
    }
}
