package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact named as the subject of what it did or shows is judged, not reported. */
class HarmfulContactTest {

    private static final String PUBLISHED = "2020-09-18T12:00:00Z";

    @Test
    void harmAContactDidInAnOfficialVoiceIsAProtest() throws Exception {
        String body = "周四，中国外交部一名官员在北京表示，美国副国务卿克拉奇的访问破坏了北京与华盛顿的关系。";
        assertThat(ExtractionFixture.events(EventType.VISIT, body, PUBLISHED)).isEmpty();
        assertThat(ExtractionFixture.events(EventType.PROTEST, body, PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void whatAContactShowsIsNoNewContact() throws Exception {
        assertThat(ExtractionFixture.events(
                "美国副国务卿克拉奇的访问反映了特朗普政府反击中国孤立台湾的努力。", PUBLISHED)).isEmpty();
    }

    @Test
    void aContactThatTookPlaceStands() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国副国务卿克拉奇周四抵达台湾访问。", PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("TWN", "USA"));
    }
}
