package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "在亚洲一些国家对中国…不断展示强势姿态，尤其是在南中国海加强军事化感到不安之际，菅义伟…出访…": a 在…之际
 * frame may run over several clauses before it closes; all of it sets the scene of the main clause.
 * Stateless.
 */
final class LongFrame {

    /** 在 opening the sentence, after a dateline at most. */
    private static final Pattern OPENS = Pattern.compile("\\A(?:[（(][^）)]{0,30}电[）)])?\\s*在");
    /** What closes a frame that is a time: not bare 前/后, which also end clauses of other kinds. */
    private static final Pattern CLOSES = Pattern.compile("(?:之际|期间|以来|的同时|之后|之前)$");
    /** How many clauses a frame may take. */
    private static final int MOST_CLAUSES = 3;

    private LongFrame() {
    }

    /**
     * The frame as {from, to} offsets in the text (from its 在 to just after the break that ends it), or
     * an empty array when the sentence opens with none that runs over more than one clause.
     */
    static int[] span(String sentence, int sentenceStart) {
        int end = end(sentence);
        return end < 0 ? new int[0]
                : new int[] {sentenceStart + sentence.indexOf('在'), sentenceStart + Math.min(end + 1, sentence.length())};
    }

    /**
     * The offset in {@code sentence} of the break after the clause that closes a 在 frame opened at its
     * start and left open by its first clause; -1 when it has none.
     */
    private static int end(String sentence) {
        if (!OPENS.matcher(sentence).find()) {
            return -1;
        }
        int from = 0;
        for (int clause = 0; clause < MOST_CLAUSES; clause++) {
            int to = Clauses.end(sentence, from);
            if (to >= sentence.length()) {
                return -1;
            }
            if (CLOSES.matcher(sentence.substring(from, to)).find()) {
                return clause == 0 ? -1 : to;
            }
            from = to + 1;
        }
        return -1;
    }
}
