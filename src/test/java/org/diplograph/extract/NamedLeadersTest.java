package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "两位领导人" at a contact are the two heads of state named together before, not the latest event's sides. */
class NamedLeadersTest {

    @Test
    void twoLeaders_areThoseNamedTogetherBefore() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "金正恩的妹妹否认了今年与美国总统特朗普再次举行峰会的想法。"
                        + "美国特使比根结束了对韩国的访问。"
                        + "自两年前两位领导人在新加坡首次会晤以来，核谈判几乎没有取得进展。", "2020-07-10T08:00:00Z");
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.countries()).containsExactly("PRK", "USA"));
    }

    @Test
    void withoutLeadersNamedBefore_theLatestSidesStand() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "美国特使比根结束了对韩国的访问。两位领导人周五首次会晤。", "2020-07-10T08:00:00Z");
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.countries()).containsExactly("KOR", "USA"));
    }
}
