package org.diplograph.extract;

import java.util.List;
import org.diplograph.nlp.Sentence;

/**
 * "王毅17日同俄罗斯外长拉夫罗夫通电话。…上周，…两国元首再次通话，…。双方要进一步落实两国元首共识，…": a contact
 * of the same kind between the same sides that the report of a later one recalls in passing, within a paragraph, is told in its
 * own sentence only; the sentences after it go on with the report it interrupted. One that opens a paragraph of
 * its own is where the story moves on to. Stateless.
 */
final class ReportResumed {

    private ReportResumed() {
    }

    /**
     * The candidate whose report {@code sentence} (one of the article's {@code sentences}) goes on with:
     * {@code latest}, or, where {@code latest} is told within a paragraph, the most recent of {@code open} (the
     * candidates still open at the sentence, in order) that is told before it, of its kind and between the same sides, and
     * dated after all the days {@code latest} may have taken place.
     */
    static Candidate owner(List<Sentence> sentences, Sentence sentence, Candidate latest, List<Candidate> open) {
        if (!recountedInPassing(sentences, sentence, latest) || latest.date().isEmpty()) {
            return latest;
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            Candidate interrupted = open.get(k);
            if (interrupted.sentence() < latest.sentence() && interrupted.type() == latest.type()
                    && interrupted.actorSet().equals(latest.actorSet())
                    && interrupted.date().filter(d -> d.date().isAfter(latest.date().get().lastDay())).isPresent()) {
                return interrupted;
            }
        }
        return latest;
    }

    /**
     * Whether {@code latest}, the candidate still open at {@code sentence}, is told before it within a paragraph,
     * not at its opening: where a contact may be recounted in passing.
     */
    static boolean recountedInPassing(List<Sentence> sentences, Sentence sentence, Candidate latest) {
        return latest != null && latest.sentence() != sentence.index() && latest.sentence() > 0
                && sentences.get(latest.sentence() - 1).paragraph() == latest.paragraph();
    }
}
