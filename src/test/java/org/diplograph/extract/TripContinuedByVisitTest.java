package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A trip named as a noun (之行) that goes on to visit several countries is one visitor's visits. */
class TripContinuedByVisitTest {

    @Test
    void tripNamedAsSubject_keepsItsVisitor() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "除柬埔寨外，中国外长王毅此次的东南亚之行也将访问马来西亚、老挝和泰国。", "2020-10-12T12:00:00Z");
        assertThat(visits).extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("CHN", "LAO"), List.of("CHN", "MYS"), List.of("CHN", "THA"));
    }
}
