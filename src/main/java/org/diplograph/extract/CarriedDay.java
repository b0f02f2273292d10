package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "日本和越南星期一就…达成共识。…菅义伟首次外访便出访…越南和印度尼西亚": where a sentence tells of contacts
 * with several counterparts, the day the sentence before states carries over only to those it names. The
 * visit to Vietnam was that Monday; the one to Indonesia, named there by no one, is left for its own
 * report to date. Stateless.
 */
final class CarriedDay {

    private CarriedDay() {
    }

    /**
     * The contacts one sentence split by counterpart, each undated whose day comes from an earlier
     * sentence that does not name all its sides; a single contact as it is.
     */
    static List<Candidate> forNamedSides(List<Candidate> parts, AnalyzedText text, Sentence sentence) {
        return parts.size() < 2 ? parts : parts.stream().map(c -> forNamedSides(c, text, sentence)).toList();
    }

    private static Candidate forNamedSides(Candidate c, AnalyzedText text, Sentence sentence) {
        if (c.date().isEmpty() || c.date().get().start() >= sentence.start()) {
            return c;
        }
        int at = c.date().get().start();
        Optional<Sentence> source = text.sentences().stream()
                .filter(s -> s.start() <= at && at < s.end()).findFirst();
        if (source.isEmpty()) {
            return c;
        }
        Set<String> named = source.get().mentions().stream().map(Mention::state).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (named.containsAll(c.actors().countries())) {
            return c;
        }
        return c.withDate(Optional.empty());
    }
}
