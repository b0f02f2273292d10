package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "台湾与贝里斯去年建交30周年，为持续深化双边友好关系，展开洽签ECA相关咨商工作": a pair of states that opens a clause
 * ("A与B…") is the subject of the clauses that follow it without a subject of their own, so the contact one of
 * them names is between that pair. Stateless.
 */
final class PairOpeningChain {

    /** What joins the two states of the pair. */
    private static final Pattern JOINED = Pattern.compile("[与和同]");
    private static final Set<Mention.Form> STATE_NAMES = Set.of(Mention.Form.NAME, Mention.Form.SIDE);

    private PairOpeningChain() {
    }

    /**
     * Adds the two states of the pair that opens an earlier clause of the sentence, where the trigger's clause
     * names no actor before the trigger and the actors found so far are that pair's.
     */
    static void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        if (!match.trigger().type().conversation()) {
            return;
        }
        String s = sentence.text();
        int clauseStart = sentence.start() + Clauses.start(s, match.start());
        int triggerStart = sentence.start() + match.start();
        List<Mention> mentions = sentence.mentions();
        if (clauseStart == sentence.start()
                || mentions.stream().anyMatch(m -> m.start() >= clauseStart && m.start() < triggerStart)) {
            return;
        }
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention first = mentions.get(i);
            Mention second = mentions.get(i + 1);
            if (second.end() > clauseStart) {
                return;
            }
            if (pairOpensClause(s, sentence.start(), first, second)
                    && Set.of(first.key(), second.key()).containsAll(actors.countries())
                    && actors.organizations().isEmpty()) {
                actors.countries().add(first.key());
                actors.countries().add(second.key());
                return;
            }
        }
    }

    private static boolean pairOpensClause(String s, int offset, Mention first, Mention second) {
        int from = first.start() - offset;
        return first.kind() == Mention.Kind.COUNTRY && second.kind() == Mention.Kind.COUNTRY
                && STATE_NAMES.contains(first.form()) && STATE_NAMES.contains(second.form())
                && !first.key().equals(second.key())
                && Clauses.start(s, from) == from
                && JOINED.matcher(s.substring(first.end() - offset, second.start() - offset)).matches();
    }
}
