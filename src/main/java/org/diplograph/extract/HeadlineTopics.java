package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.nlp.AnalyzedText;

/**
 * A report whose own sentences name no topic is about what the story is about: "本月，他访问了阿联酋、
 * 印度和孟加拉国" under the headline "美国气候特使克里访华" is a climate envoy's trip. Such candidates
 * take the topics of the headline, unless the headline names acts of other kinds only: the topics of
 * "菅义伟与习近平通电话 涉香港钓鱼岛" are the call's, not those of an invitation the story recalls; those of a
 * headline trip are also those of the meetings held on it ({@link HeldOnTrip}). Stateless.
 */
final class HeadlineTopics {

    private HeadlineTopics() {
    }

    static void fillIn(AnalyzedText text, List<Candidate> candidates, TopicDetector topics,
                       Function<String, List<TriggerMatch>> triggers) {
        List<String> headline = text.sentences().stream().filter(s -> s.paragraph() < 0)
                .flatMap(s -> topics.detect(s.text()).stream()).distinct().toList();
        Set<EventType> named = text.sentences().stream().filter(s -> s.paragraph() < 0)
                .flatMap(s -> triggers.apply(s.text()).stream()).map(m -> m.trigger().type())
                .collect(Collectors.toSet());
        // A gathering listed among others is background to the story the headline tells.
        candidates.stream().filter(c -> c.topics().isEmpty() && (named.isEmpty() || named.contains(c.type())
                        || HeldOnTrip.named(named, c.type())) && !ListedGatherings.listedWithOthers(c, text.sentences()))
                .forEach(c -> c.topics().addAll(headline));
    }
}
