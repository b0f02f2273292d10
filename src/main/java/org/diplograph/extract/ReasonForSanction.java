package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "中方坚决反对美国对台湾出售武器，决定对…洛克希德马丁公司实施制裁": opposition voiced in the sentence that
 * goes on to decide a sanction is the reason given for that sanction, not a protest of its own. One held
 * out as a response to come (将做出必要反应，对美方…实施制裁) decides nothing, and the protest stands. Where the
 * sanction's own clause names no state, the protest tells who imposes it on whom. A sanction the protest is
 * lodged about (召见…，就美国宣布对…实施制裁提出抗议) is no reason given for it ({@link MeasureReactedTo}). Stateless.
 */
final class ReasonForSanction {

    /** The sanction is decided or announced in its own clause, not threatened. */
    private static final Pattern DECIDED = Pattern.compile("(?:决定|宣布)[^，。；]*$");

    private ReasonForSanction() {
    }

    /**
     * Removes the protests of {@code sentence} when one of its protest triggers is followed, in a later
     * clause, by a sanction decided there that became a candidate. Runs after all triggers of the
     * sentence, so that the protest still told the sanction its other side.
     */
    static void dropProtestsGivenAsReason(List<Candidate> candidates, Sentence sentence,
                                          List<TriggerMatch> sentenceTriggers) {
        boolean sanctioned = candidates.stream()
                .anyMatch(c -> c.sentence() == sentence.index() && c.type() == EventType.SANCTION);
        if (sentenceTriggers.stream().noneMatch(t -> t.trigger().type() == EventType.PROTEST
                && givenFor(sentence.text(), t, sentenceTriggers))) {
            return;
        }
        if (sanctioned) {
            candidates.removeIf(c -> c.sentence() == sentence.index() && c.type() == EventType.PROTEST);
            return;
        }
        // "中方坚决反对美国对台湾出售武器，决定对…洛克希德马丁公司实施制裁": the sanction's own clause names
        // only a company; the side opposed is the one it is imposed on, by the side that opposes.
        candidates.replaceAll(c -> c.sentence() == sentence.index() && c.type() == EventType.PROTEST
                ? new Candidate(EventType.SANCTION, c.sentence(), c.paragraph(), c.actors(), c.date(), c.status(),
                c.host(), c.evidence(), c.topics(), c.issuer())
                : c);
    }

    private static boolean givenFor(String sentence, TriggerMatch protest, List<TriggerMatch> sentenceTriggers) {
        int protestClauseEnd = Clauses.end(sentence, protest.end());
        return sentenceTriggers.stream().anyMatch(t -> t.trigger().type() == EventType.SANCTION
                && t.start() > protestClauseEnd && !MeasureReactedTo.framed(sentence, t, sentenceTriggers)
                && DECIDED.matcher(sentence.substring(Clauses.start(sentence, t.start()), t.start() + 2)).find());
    }
}
