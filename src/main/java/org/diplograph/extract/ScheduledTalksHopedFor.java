package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "特朗普…并期待即将在维也纳举行的军控谈判取得进展": talks said to be about to take place, whose progress a side
 * hopes for, are planned talks; the hope is about their outcome, not about whether they are held. Their clause
 * naming no side, they are between the sides of the contact reported before, when the sentence names those
 * (not the third state of "中国、俄罗斯和美国之间…军备竞赛"), and have no participant named. Stateless.
 */
final class ScheduledTalksHopedFor {

    /** A hope, then the contact stated as scheduled (即将在维也纳举行的), in the trigger's clause. */
    private static final Pattern SCHEDULED = Pattern.compile(
            "(?:期待|希望|盼望|期望)[^，。；]{0,4}?(?:即将|将于|将在|定于)[^，。；]*$");
    /** What the hope is for: progress or an outcome, also "在…谈判中取得进展". */
    private static final Pattern OUTCOME = Pattern.compile("\\A中?(?:能够|能)?(?:取得|有所)(?:进展|成果|成功|突破)");

    private ScheduledTalksHopedFor() {
    }

    /** Whether the trigger names a contact stated as scheduled whose outcome its clause hopes for. */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type().conversation()
                && SCHEDULED.matcher(sentence.substring(Clauses.start(sentence, match.start()), match.start())).find()
                && OUTCOME.matcher(sentence.substring(match.end())).find();
    }

    /**
     * For talks {@link #named}: takes the sides of the latest contact reported before, where the trigger's clause
     * names no country and the sentence names all of that contact's sides.
     */
    static void keepToContactBefore(Actors actors, Sentence sentence, TriggerMatch match, List<Candidate> before) {
        int clauseFrom = sentence.start() + Clauses.start(sentence.text(), match.start());
        int clauseTo = sentence.start() + Clauses.end(sentence.text(), match.end());
        boolean clauseNamesSide = sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.COUNTRY
                && m.form() != Mention.Form.CAPITAL && m.start() >= clauseFrom && m.end() <= clauseTo);
        Optional<Set<String>> sides = before.stream().filter(c -> c.type().conversation())
                .reduce((first, second) -> second).map(c -> c.actors().countries());
        Set<String> named = sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.COUNTRY)
                .map(Mention::key).collect(Collectors.toSet());
        if (clauseNamesSide || sides.isEmpty() || sides.get().size() < 2 || !named.containsAll(sides.get())) {
            return;
        }
        actors.countries().retainAll(sides.get());
        actors.countries().addAll(sides.get());
        // Who hopes is no participant: the clause names none.
        actors.persons().clear();
    }
}
