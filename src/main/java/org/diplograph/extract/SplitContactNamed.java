package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "沙利文与他的法国、德国、英国和日本同行进行了首次通话。…沙利文在与北村滋的首次通话中证实，日美安保条约适用于尖阁列岛":
 * the contacts one report was split into share what the report goes on to say, except a sentence that names
 * one counterpart only, or someone of it, which tells that counterpart's contact. Stateless.
 */
final class SplitContactNamed {

    private SplitContactNamed() {
    }

    /** The parts of a split report that {@code sentence}, after the report's own, speaks of. */
    static List<Candidate> spokenOf(List<Candidate> parts, Sentence sentence) {
        if (parts.size() < 2 || parts.stream().anyMatch(p -> p.sentence() == sentence.index())) {
            return parts;
        }
        Set<String> counterparts = sentence.mentions().stream()
                .flatMap(m -> m.kind() == Mention.Kind.COUNTRY ? Stream.of(m.key()) : m.state().stream())
                .filter(state -> !parts.stream().allMatch(p -> p.actors().countries().contains(state)))
                .collect(Collectors.toSet());
        if (counterparts.isEmpty()) {
            return parts;
        }
        List<Candidate> named = parts.stream()
                .filter(p -> p.actors().countries().stream().anyMatch(counterparts::contains)).toList();
        return named.isEmpty() ? parts : named;
    }
}
