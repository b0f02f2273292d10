package org.diplograph.extract;

import java.util.List;
import org.diplograph.nlp.Sentence;

/**
 * "王毅昨天同英国…外交大臣拉布通电话。…王毅就涉港问题…指出…。英国近期就香港国安法的一系列言行，…中国坚决反对。…拉布
 * 表示，…愿加强疫苗研发…合作": an act the text gives no day of, told within a paragraph after a dated report, is
 * recounted in passing; it is told in its own sentence only, and the sentences after it go on with the dated report
 * it interrupted. With no such report before it, it owns the rest of its paragraph and no more
 * (…政府还关闭了…领馆，…并…实施制裁。 between paragraphs about a trade deal). Stateless.
 */
final class UndatedActInPassing {

    private UndatedActInPassing() {
    }

    /**
     * The candidate whose report {@code sentence} (one of the article's {@code sentences}) goes on with:
     * {@code latest}, or, where {@code latest} has no day and is told within a paragraph, the most recent of
     * {@code open} (the candidates still open at the sentence, in order) told before it that has one; with none,
     * {@code latest} within its paragraph and null (no owner) after it.
     */
    static Candidate owner(List<Sentence> sentences, Sentence sentence, Candidate latest, List<Candidate> open) {
        if (!ReportResumed.recountedInPassing(sentences, sentence, latest) || latest.date().isPresent()) {
            return latest;
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            Candidate interrupted = open.get(k);
            if (interrupted.sentence() < latest.sentence() && interrupted.date().isPresent()) {
                return interrupted;
            }
        }
        // Nothing dated to go back to: the act still does not own the paragraphs after its own.
        return sentence.paragraph() == latest.paragraph() ? latest : null;
    }
}
