package org.diplograph.extract;

import java.util.List;
import org.diplograph.nlp.AnalyzedText;

/**
 * A report whose own sentences name no topic is about what the story is about: "本月，他访问了阿联酋、
 * 印度和孟加拉国" under the headline "美国气候特使克里访华" is a climate envoy's trip. Such candidates
 * take the topics of the headline. Stateless.
 */
final class HeadlineTopics {

    private HeadlineTopics() {
    }

    static void fillIn(AnalyzedText text, List<Candidate> candidates, TopicDetector topics) {
        List<String> headline = text.sentences().stream().filter(s -> s.paragraph() < 0)
                .flatMap(s -> topics.detect(s.text()).stream()).distinct().toList();
        candidates.stream().filter(c -> c.topics().isEmpty()).forEach(c -> c.topics().addAll(headline));
    }
}
