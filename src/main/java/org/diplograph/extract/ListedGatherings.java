package org.diplograph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "这些国际性的会议包括，4月22日到23日，…参加的气候峰会；10月将在中国昆明举行的联合国…缔约方大会；以及11月将
 * 在英国格拉斯哥举行的气候峰会": gatherings listed one per item, the items set apart by semicolons, each have the
 * sides named in their own item. Stateless.
 */
final class ListedGatherings {

    private ListedGatherings() {
    }

    /** Keeps to a summit listed with others the countries and organisations its own item names. */
    static void narrow(Actors actors, Sentence sentence, TriggerMatch match, List<TriggerMatch> sentenceTriggers) {
        if (match.trigger().type() != EventType.SUMMIT
                || sentenceTriggers.stream().filter(t -> t.trigger().type() == EventType.SUMMIT).count() < 2) {
            return;
        }
        String s = sentence.text();
        int from = s.lastIndexOf('；', match.start()) + 1;
        int next = s.indexOf('；', match.end());
        int to = next < 0 ? s.length() : next;
        if (from == 0 && next < 0) {
            return;
        }
        Set<String> named = namedBetween(sentence, from, to);
        actors.countries().retainAll(named);
        actors.organizations().retainAll(named);
        actors.persons().keySet().retainAll(named);
    }

    /**
     * What a summit listed with others is said to be about in its own sentence: the item that names just its sides
     * (the climate of the climate summit is not the biodiversity conference's); else {@code said}.
     */
    static String ownItem(Candidate summit, Sentence sentence, String said) {
        return summit.sentence() == sentence.index() ? item(summit, sentence).orElse(said) : said;
    }

    /** Whether {@code summit} is one of the gatherings its sentence lists between semicolons. */
    static boolean listedWithOthers(Candidate summit, List<Sentence> sentences) {
        return item(summit, sentences.get(summit.sentence())).isPresent();
    }

    /** The item of its sentence, between semicolons, that names just the sides of {@code summit}. */
    private static Optional<String> item(Candidate summit, Sentence sentence) {
        String s = sentence.text();
        if (summit.type() != EventType.SUMMIT || s.indexOf('；') < 0) {
            return Optional.empty();
        }
        for (int from = 0; from <= s.length(); ) {
            int next = s.indexOf('；', from);
            int to = next < 0 ? s.length() : next;
            if (namedBetween(sentence, from, to).equals(summit.actorSet())) {
                return Optional.of(s.substring(from, to));
            }
            from = to + 1;
        }
        return Optional.empty();
    }

    /** The keys (and their countries) of the mentions starting in {@code sentence}'s text [from, to). */
    private static Set<String> namedBetween(Sentence sentence, int from, int to) {
        Set<String> named = new HashSet<>();
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (at >= from && at < to) {
                named.add(m.key());
                m.country().ifPresent(named::add);
            }
        }
        return named;
    }
}
