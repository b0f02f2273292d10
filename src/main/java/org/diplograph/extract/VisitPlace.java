package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "正在德国访问的中国国务委员兼外长王毅", "维特齐率团到台湾访问": the country a visitor is at or goes to,
 * named right before the verb of visiting, is the host. Such a sentence often tells two things at once
 * (one side's visit and another side's reaction to it, or another side's visit elsewhere): the sides of any
 * visit with a known host are then the host and those its own clause names, not everyone the sentence names
 * (捷克外长…在启程赴斯洛维尼亚访问前表示，王毅的发言…). Stateless.
 */
final class VisitPlace {

    /** Being at or going to a place: 在, 到, 赴, 抵. */
    private static final String AT_OR_TO = "在到赴抵";

    private VisitPlace() {
    }

    /**
     * The country named between 在/到/赴/抵 and the visit trigger, or the host of a visit trigger right
     * before it (抵台访问: one visit told by two verbs).
     */
    static Optional<String> host(String text, Sentence sentence, TriggerMatch match, List<TriggerMatch> triggers) {
        if (match.trigger().type() != EventType.VISIT) {
            return Optional.empty();
        }
        int triggerStart = sentence.start() + match.start();
        return sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY && m.end() == triggerStart && m.start() > 0
                        && AT_OR_TO.indexOf(text.charAt(m.start() - 1)) >= 0)
                .map(Mention::key).findFirst()
                .or(() -> triggers.stream().filter(t -> t.trigger().type() == EventType.VISIT
                        && t.end() == match.start()).findFirst().flatMap(t -> t.trigger().host()));
    }

    /**
     * Keeps to the host and the sides the visit's own clause names, where that clause names a side
     * besides the host: the visitor (before the verb, or described after it: 访问的中国外长王毅).
     */
    static void keepOwnClause(Actors actors, String text, Sentence sentence, TriggerMatch match, String host) {
        String s = sentence.text();
        int from = sentence.start() + Clauses.start(s, match.start());
        int to = sentence.start() + Clauses.end(s, match.end());
        int triggerEnd = sentence.start() + match.end();
        Set<String> sides = new TreeSet<>();
        for (Mention m : sentence.mentions()) {
            // A country named after the verb is a place visited (访问英国和丹麦), a person or title the visitor.
            boolean visited = m.kind() == Mention.Kind.COUNTRY && m.start() >= triggerEnd
                    && text.charAt(m.start() - 1) != '的';
            if (m.start() >= from && m.start() < to && !visited) {
                m.state().filter(actors.countries()::contains).ifPresent(sides::add);
            }
        }
        sides.remove(host);
        if (sides.isEmpty()) {
            return;
        }
        sides.add(host);
        actors.countries().retainAll(sides);
        actors.persons().values().removeIf(p -> p.country().map(c -> !sides.contains(c)).orElse(false));
    }
}
