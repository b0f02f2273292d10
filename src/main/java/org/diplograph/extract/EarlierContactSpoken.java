package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "…同西班牙首相桑切斯通话。…同荷兰首相吕特通了话。…桑切斯向李克强表示，…": a sentence after the latest
 * contact that names someone who took part only in an earlier contact, and no one who took part only in the
 * latest, reports what was said in the earlier one, so its topics are the earlier contact's. Stateless.
 */
final class EarlierContactSpoken {

    private EarlierContactSpoken() {
    }

    /**
     * The candidate whose report {@code sentence} goes on with: {@code latest}, or the most recent of
     * {@code open} (the candidates still open at the sentence, in order) that the sentence's persons point to.
     */
    static Candidate owner(Sentence sentence, Candidate latest, List<Candidate> open) {
        if (latest == null || latest.sentence() == sentence.index()) {
            return latest;
        }
        Set<String> named = sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON)
                .map(Mention::key).collect(Collectors.toSet());
        for (int k = open.size() - 1; k >= 0; k--) {
            Candidate earlier = open.get(k);
            Set<String> onlyEarlier = onlyIn(earlier, latest);
            Set<String> onlyLatest = onlyIn(latest, earlier);
            if (earlier.sentence() < latest.sentence() && named.stream().anyMatch(onlyEarlier::contains)
                    && named.stream().noneMatch(onlyLatest::contains)) {
                return earlier;
            }
        }
        return latest;
    }

    private static Set<String> onlyIn(Candidate one, Candidate other) {
        return one.actors().persons().keySet().stream()
                .filter(p -> !other.actors().persons().containsKey(p)).collect(Collectors.toSet());
    }
}
