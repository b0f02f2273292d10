package org.diplograph.extract;

import java.time.LocalDate;

/**
 * A contact dated a month or more before the article (今年4月成功地组织了…视讯会议) told in a paragraph of a
 * story about later events is background: the paragraphs after it go back to the story, so they are not
 * about that contact. Stateless.
 */
final class EarlierContactOfParagraph {

    private EarlierContactOfParagraph() {
    }

    /** Whether the candidate is dated a month or more before the reference and told in an earlier paragraph. */
    static boolean left(Candidate candidate, int paragraph, LocalDate reference) {
        return candidate.paragraph() != paragraph
                && candidate.date().map(d -> d.lastDay().isBefore(reference.minusMonths(1))).orElse(false);
    }
}
