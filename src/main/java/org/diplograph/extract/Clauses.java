package org.diplograph.extract;

/** Clause boundaries within a sentence: commas and semicolons, Chinese or Western. */
final class Clauses {

    private static final String BREAKS = "，；,;";

    private Clauses() {
    }

    /** Start of the clause that contains {@code at}, relative to the sentence. */
    static int start(String sentence, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** End of the clause that contains {@code from}, relative to the sentence. */
    static int end(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            if (BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                return i;
            }
        }
        return sentence.length();
    }
}
