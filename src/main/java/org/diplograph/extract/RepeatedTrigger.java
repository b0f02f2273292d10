package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Several reports of one kind run together without a break ("习近平同智利总统通电话习近平同坦桑尼亚总统通电话",
 * a transcript's list of headlines): each trigger's sides are those named since the trigger of the
 * same kind before it. Stateless.
 */
final class RepeatedTrigger {

    private static final String BREAKS = "，；,;。";

    private RepeatedTrigger() {
    }

    /** Keeps only the sides named in the trigger's own stretch, when that stretch names two or more. */
    static void narrow(Actors actors, Sentence sentence, TriggerMatch match, List<TriggerMatch> sentenceTriggers) {
        String s = sentence.text();
        List<TriggerMatch> sameKind = sentenceTriggers.stream()
                .filter(t -> t.trigger().type() == match.trigger().type()).toList();
        int at = sameKind.indexOf(match);
        if (sameKind.size() < 2 || at < 0) {
            return;
        }
        int first = sameKind.get(0).end();
        int last = sameKind.get(sameKind.size() - 1).start();
        if (s.substring(first, Math.max(first, last)).chars().anyMatch(c -> BREAKS.indexOf(c) >= 0)) {
            // Reports set apart by punctuation are told apart by their clauses already.
            return;
        }
        int from = at == 0 ? Clauses.start(s, match.start()) : sameKind.get(at - 1).end();
        int to = at + 1 < sameKind.size() ? sameKind.get(at + 1).start() : Clauses.end(s, match.end());
        if (at > 0 && namesNoOne(sentence, from, match.start())) {
            // "王毅此次的东南亚之行也将访问马来西亚、老挝和泰国": with no one named since the trigger before,
            // this one goes on with the same report (the trip named as a noun is its subject).
            return;
        }
        // The other side comes before the trigger (同智利总统通电话) or after it (会见…).
        Set<String> named = namedBetween(actors, sentence, from, match.end());
        if (named.size() < 2) {
            named = namedBetween(actors, sentence, match.start(), to);
        }
        if (named.size() >= 2) {
            Set<String> sides = named;
            actors.countries().retainAll(sides);
            actors.persons().values().removeIf(p -> p.country().map(c -> !sides.contains(c)).orElse(false));
        }
    }

    private static boolean namesNoOne(Sentence sentence, int from, int to) {
        return sentence.mentions().stream().map(m -> m.start() - sentence.start())
                .noneMatch(offset -> offset >= from && offset < to);
    }

    private static Set<String> namedBetween(Actors actors, Sentence sentence, int from, int to) {
        Set<String> named = new TreeSet<>();
        for (Mention m : sentence.mentions()) {
            int offset = m.start() - sentence.start();
            Optional<String> country = m.state();
            if (offset >= from && offset < to && country.isPresent() && actors.countries().contains(country.get())) {
                named.add(country.get());
            }
        }
        return named;
    }
}
