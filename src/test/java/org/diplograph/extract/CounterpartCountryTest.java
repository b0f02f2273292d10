package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The country of a counterpart named by office alone, through the whole extraction. */
class CounterpartCountryTest {

    @Test
    void aCounterpartWithoutCountryIsOfTheCountryTheVisitorArrivedIn() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(
                "美国副国务卿比根9日抵达日本，与外务事务次官秋叶刚男共用晚餐并举行会谈。", "2020-07-10T08:00:00Z")
                .stream().filter(e -> e.type() == EventType.TALKS).toList();
        assertThat(talks).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("JPN", "USA");
            assertThat(e.persons()).filteredOn(p -> p.name().equals("秋叶刚男"))
                    .extracting(Participant::country).containsExactly(Optional.of("JPN"));
        });
    }

    @Test
    void aCounterpartWithoutCountryIsOfTheCountryVisitedBefore() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(
                "美国副国务卿比根9日抵达日本访问。</p><p>比根还与国家安全保障局长北村滋举行了会谈。", "2020-07-10T08:00:00Z")
                .stream().filter(e -> e.type() == EventType.TALKS).toList();
        assertThat(talks).singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "USA"));
    }

    @Test
    void aCountryHeadingTheTitleIsTheCounterparts() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(
                "美国副国务卿比根计划会晤韩国外交部韩半岛和平交涉本部长李度勋。", "2020-07-08T08:00:00Z")
                .stream().filter(e -> e.type() == EventType.MEETING).toList();
        assertThat(meetings).singleElement().satisfies(e -> assertThat(e.persons())
                .filteredOn(p -> p.name().equals("李度勋")).extracting(Participant::country)
                .containsExactly(Optional.of("KOR")));
    }
}
