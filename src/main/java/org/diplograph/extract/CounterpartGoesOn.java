package org.diplograph.extract;

import java.util.List;
import org.diplograph.nlp.Sentence;

/**
 * "沙利文在与北村滋的首次通话中证实，日美安保条约适用于…尖阁列岛。中国称这组小岛为钓鱼岛。": after a sentence that
 * tells one counterpart's part of a split report ({@link SplitContactNamed}), the next sentence of its paragraph
 * that names no counterpart of its own goes on with that part. Stateless.
 */
final class CounterpartGoesOn {

    private CounterpartGoesOn() {
    }

    /**
     * The parts of a split report that {@code sentence} speaks of, given the sentence before it
     * ({@code previous}, or {@code null} at the start of the text).
     */
    static List<Candidate> spokenOf(List<Candidate> parts, Sentence sentence, Sentence previous) {
        List<Candidate> named = SplitContactNamed.spokenOf(parts, sentence);
        if (named.size() < parts.size() || previous == null || previous.paragraph() != sentence.paragraph()
                || parts.stream().anyMatch(p -> p.sentence() >= previous.index())) {
            return named;
        }
        return SplitContactNamed.spokenOf(parts, previous);
    }
}
