package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A leader quoted on "my visit" (我此次…访问) during talks with the host. */
class FirstPersonVisitorTest {

    private static final String TALKS = "当地时间3月21日下午，国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。"
            + "习近平指出，自我10年前首次对俄进行国事访问以来，两国关系历久弥坚。";

    @Test
    void theSpeakersOwnVisitIsTheVisitOfTheirSideOnTheDayOfTheTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, TALKS + "我此次对俄罗斯的国事访问是友谊之旅、合作之旅、和平之旅。",
                "2023-03-22T08:00:00Z"))
                .filteredOn(visit -> visit.date().getYear() == 2023).singleElement().satisfies(visit -> {
                    assertThat(visit.countries()).containsExactly("CHN", "RUS");
                    assertThat(visit.date()).isEqualTo(LocalDate.of(2023, 3, 21));
                    assertThat(visit.persons()).extracting(Participant::name).contains("习近平");
                });
    }

    @Test
    void whatTheSpeakerSaysAfterNamingTheVisitIsStillSaidAtTheTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, TALKS + "我此次对俄罗斯的国事访问是友谊之旅、合作之旅、和平之旅。"
                        + "中方愿同俄方一道，深化能源合作。", "2023-03-22T08:00:00Z"))
                .singleElement().satisfies(talks -> assertThat(talks.topics()).contains("energy"));
    }
}
