package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Position;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "金正恩…否认了今年与美国总统特朗普再次举行峰会的想法。…自两年前两位领导人在新加坡首次会晤以来": the two leaders
 * a contact names by their rank alone are the leaders of two states that a sentence before names together, not
 * the sides of the latest event told (a special envoy's visit in between). Immutable once built; thread-safe.
 */
final class NamedLeaders {

    /** The leaders named as a pair, right before the trigger in its clause. */
    private static final Pattern TWO_LEADERS = Pattern.compile("(?:两位|两国|双方)(?:领导人|元首|首脑)[^，。；]{0,16}$");

    /** For each sentence, the states of the two leaders it names, or none. */
    private final List<Set<String>> pairs;

    private NamedLeaders(List<Set<String>> pairs) {
        this.pairs = pairs;
    }

    /** The pairs of leaders each sentence of the text names: persons the lexicon knows as heads of two states. */
    static NamedLeaders of(AnalyzedText text, Lexicon lexicon) {
        Set<String> heads = lexicon.persons().stream()
                .filter(p -> !p.iso3().isEmpty() && lexicon.position(p.positionKey())
                        .map(o -> o.level() == Position.Level.HEAD).orElse(false))
                .map(p -> p.nameZh()).collect(Collectors.toSet());
        List<Set<String>> pairs = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            Set<String> states = new TreeSet<>();
            sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON && heads.contains(m.key()))
                    .forEach(m -> m.country().ifPresent(states::add));
            pairs.add(states.size() == 2 ? states : Set.of());
        }
        return new NamedLeaders(pairs);
    }

    /**
     * Adds the states of the last pair of leaders named before the sentence, where the trigger's clause names the
     * contact's sides only as two leaders and the sentence names neither side itself.
     */
    void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        if (!actors.countries().isEmpty() || !actors.organizations().isEmpty()
                || !TWO_LEADERS.matcher(s.substring(Clauses.start(s, match.start()), match.start())).find()) {
            return;
        }
        for (int i = Math.min(sentence.index(), pairs.size()) - 1; i >= 0; i--) {
            if (!pairs.get(i).isEmpty()) {
                actors.countries().addAll(pairs.get(i));
                return;
            }
        }
    }
}
