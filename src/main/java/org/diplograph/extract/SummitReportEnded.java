package org.diplograph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Sentence;

/**
 * "…外交部长视讯会议陆续召开。越南会后发表《主席声明》称…。在实现经济复苏的同时…": once a sentence after a summit
 * tells another act ({@link ActAfterSummit}), the report has moved on to that act, and the sentences after it
 * speak of that act too, not of the summit before it; a sentence quoting the summit's own communiqué
 * ({@link SummitCommunique}) still tells of the summit. Stateless.
 */
final class SummitReportEnded {

    /** A statement issued after the meeting (会后发表《主席声明》, 会后发表联合声明). */
    private static final Pattern STATEMENT_AFTER = Pattern.compile("会后[^，。；]{0,6}?(?:发表|发布|发出)");

    private SummitReportEnded() {
    }

    /** Whether a sentence between {@code summit}'s and {@code sentence} told another act. */
    static boolean before(Candidate summit, Sentence sentence, AnalyzedText text,
                          Map<Integer, List<TriggerMatch>> triggersBySentence) {
        if (summit.type() != EventType.SUMMIT) {
            return false;
        }
        // A text's sentences stand at their indices.
        for (int i = summit.sentence() + 1; i < sentence.index(); i++) {
            Sentence between = text.sentences().get(i);
            if (STATEMENT_AFTER.matcher(between.text()).find()
                    && ActAfterSummit.tellsAnother(summit, triggersBySentence.get(between.index()))
                    && !SummitCommunique.tellsOf(summit, between)) {
                return true;
            }
        }
        return false;
    }
}
