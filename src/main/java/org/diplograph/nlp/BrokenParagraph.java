package org.diplograph.nlp;

/**
 * "…10月将在中国昆明举行</p><p>的联合国《生物多样性公约》第十五次缔约方大会；…": a source that breaks a paragraph
 * inside a sentence leaves a line that opens with the particle 的, which no sentence starts with, after a line
 * with no sentence end: the sentence goes on across the break. Stateless.
 */
final class BrokenParagraph {

    private static final String ENDS = "。！？!?；;：:”」』";

    private BrokenParagraph() {
    }

    /** Whether the sentence before the line break at {@code newline} continues on the next line. */
    static boolean continuesAcross(String text, int newline) {
        int before = newline - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = newline + 1;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return before >= 0 && after < text.length() && text.charAt(after) == '的'
                && ENDS.indexOf(text.charAt(before)) < 0;
    }
}
