package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "博雷利向王毅提及欧盟与美国就中国问题启动的双边对话已于10月召开": two states or organisations joined by 与 or 和
 * as the subject of a contact in its own clause are its sides; whoever the sentence names before the pair or
 * outside the clause (the one telling, the one told of it) takes no part. Stateless.
 */
final class StatePairSubject {

    private static final Pattern JOINED = Pattern.compile("[与和]");
    /** Another counterpart or an addressee between the pair and the trigger: the pair is no subject alone. */
    private static final Pattern OTHER_PARTY = Pattern.compile("[与同跟向对和及、]");

    private StatePairSubject() {
    }

    /** Keeps only the pair and the persons named from it to the clause's end, when such a pair is the subject. */
    static void restrict(Actors actors, Sentence sentence, TriggerMatch match) {
        if (!match.trigger().type().conversation()) {
            return;
        }
        String s = sentence.text();
        int clauseStart = sentence.start() + Clauses.start(s, match.start());
        int clauseEnd = sentence.start() + Clauses.end(s, match.end());
        int triggerStart = sentence.start() + match.start();
        List<Mention> mentions = sentence.mentions();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention first = mentions.get(i);
            Mention second = mentions.get(i + 1);
            if (!stateOrBody(first) || !stateOrBody(second) || first.start() < clauseStart
                    || second.end() > triggerStart || second.start() != first.end() + 1
                    || !JOINED.matcher(s.substring(first.end() - sentence.start(), second.start() - sentence.start()))
                    .matches()
                    || partOfTitle(mentions, first, second)
                    || OTHER_PARTY.matcher(s.substring(second.end() - sentence.start(), match.start())).find()) {
                continue;
            }
            Set<String> pair = Set.of(first.key(), second.key());
            actors.countries().retainAll(pair);
            actors.organizations().retainAll(pair);
            pair.forEach(key -> (first.kind() == Mention.Kind.COUNTRY && key.equals(first.key())
                    || second.kind() == Mention.Kind.COUNTRY && key.equals(second.key())
                    ? actors.countries() : actors.organizations()).add(key));
            actors.persons().keySet().removeIf(name -> mentions.stream()
                    .filter(m -> m.kind() == Mention.Kind.PERSON && m.key().equals(name))
                    .noneMatch(m -> m.start() >= first.start() && m.end() <= clauseEnd));
            return;
        }
    }

    /** "中国全国人大与法国国民议会": names heading or ending in bodies or offices are no pair of states. */
    private static boolean partOfTitle(List<Mention> mentions, Mention first, Mention second) {
        return mentions.stream().anyMatch(m -> m.end() == first.start() || m.start() == second.end());
    }

    private static boolean stateOrBody(Mention m) {
        return m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.CAPITAL
                || m.kind() == Mention.Kind.ORGANIZATION;
    }
}
