package org.diplograph.extract;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Position;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "金正恩…与美国总统唐纳德•特朗普…。…自两年前两位领导人在新加坡首次会晤以来": 两位领导人 (两国元首, 两位首脑)
 * with no country in its sentence stands for the two leaders the article named last, not for the sides of
 * whatever contact was reported just before. Stateless.
 */
final class LeaderPair {

    /** The pair of leaders as the subject in the trigger's clause. */
    private static final Pattern PAIR_OF_LEADERS = Pattern.compile("(?:两位|两国|双方)(?:领导人|元首|首脑)[^，。；]{0,16}$");
    /** How many sentences back the two leaders may have been named. */
    private static final int REACH = 8;

    private LeaderPair() {
    }

    /**
     * Gives the candidate the countries of the two leaders named last before its sentence, and keeps
     * only the persons its own sentence names, when the sentence names fewer than two of its sides.
     */
    static void resolve(Candidate candidate, AnalyzedText text, Sentence sentence, TriggerMatch match,
                        Lexicon lexicon) {
        String s = sentence.text();
        if (!PAIR_OF_LEADERS.matcher(s.substring(Clauses.start(s, match.start()), match.start())).find()
                || sentence.mentions().stream().map(Mention::state).flatMap(Optional::stream).distinct().count() >= 2) {
            return;
        }
        Set<String> leaders = new LinkedHashSet<>();
        for (int i = sentence.index() - 1; i >= Math.max(0, sentence.index() - REACH) && leaders.size() < 2; i--) {
            var mentions = text.sentences().get(i).mentions();
            for (int m = mentions.size() - 1; m >= 0 && leaders.size() < 2; m--) {
                Mention mention = mentions.get(m);
                if (leader(mention, lexicon) && mention.country().isPresent()) {
                    leaders.add(mention.country().get());
                }
            }
        }
        if (leaders.size() < 2) {
            return;
        }
        Actors actors = candidate.actors();
        actors.countries().clear();
        actors.countries().addAll(leaders);
        actors.persons().keySet().removeIf(name -> sentence.mentions().stream()
                .noneMatch(m -> m.kind() == Mention.Kind.PERSON && m.key().equals(name)));
    }

    /** A head of state or government, by the title given or the office the lexicon knows the person by. */
    private static boolean leader(Mention mention, Lexicon lexicon) {
        if (mention.kind() != Mention.Kind.PERSON && mention.kind() != Mention.Kind.POSITION) {
            return false;
        }
        Optional<String> office = mention.position().or(() -> mention.kind() == Mention.Kind.PERSON
                ? lexicon.persons().stream().filter(p -> p.nameZh().equals(mention.key())
                        && mention.country().map(p.iso3()::equals).orElse(false))
                .map(p -> p.positionKey()).findFirst() : Optional.empty());
        return office.flatMap(lexicon::position).map(p -> p.level() == Position.Level.HEAD).orElse(false);
    }
}
