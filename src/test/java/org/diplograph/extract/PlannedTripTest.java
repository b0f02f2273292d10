package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visit named as a plan (访日计划) is a planned visit, whatever may happen to the plan (PlannedTrip). */
class PlannedTripTest {

    @Test
    void aVisitPlanThatMayBeAffectedIsAPlannedVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "日本政府隐晦警告说，事件可能对中国国家主席习近平的访日计划产生重大影响。", "2020-06-30T08:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "JPN");
                    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
                });
    }

    @Test
    void aPlanPointedBackToIsTheVisitToldBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "韩联社报道说，韩中双方还讨论了安排中国领导人习近平在今年内访问首尔议题。韩中两国都已经同意推进这个访问计划。",
                "2020-09-07T08:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "KOR"));
    }

    @Test
    void aVisitThatMayHappenWithoutAPlanIsStillNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "日本政府表示，习近平可能访问日本。", "2020-06-30T08:00:00Z"))
                .isEmpty();
    }
}
