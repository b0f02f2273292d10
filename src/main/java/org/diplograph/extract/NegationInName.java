package org.diplograph.extract;

import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "孟加拉、不丹等也受邀出席": the 不 of a name (不丹) negates nothing; a negation is looked for in the words
 * between the names, and not in words that open with 不 ({@link WordsOpeningWithBu}). Stateless.
 */
final class NegationInName {

    /** What stands for a name's characters: no negation, no other word. */
    static final char MASK = '□';

    private NegationInName() {
    }

    /** The sentence's text before {@code end} (relative to it), each name and each word opening with 不 in it masked. */
    static String textBefore(Sentence sentence, int end) {
        StringBuilder before = new StringBuilder(sentence.text().substring(0, end));
        for (Mention m : sentence.mentions()) {
            int from = Math.max(0, m.start() - sentence.start());
            int to = Math.min(end, m.end() - sentence.start());
            for (int i = from; i < to; i++) {
                before.setCharAt(i, MASK);
            }
        }
        return WordsOpeningWithBu.masked(before.toString());
    }
}
