package org.diplograph.nlp;

/**
 * "顾问库/n 什/ng 纳/v，": the last syllable of a transliterated name the segmenter broke into single characters
 * may read as a verb; right before the punctuation that closes the name it is none, since a verb there
 * would have no object. Stateless.
 */
final class FinalSyllableAsVerb {

    /** Punctuation that closes a name in a list or a clause. */
    static final String CLOSING = "，、。；（(";

    private FinalSyllableAsVerb() {
    }

    /**
     * Whether {@code token}, after at least two single-character syllables, is the verb-tagged last syllable.
     *
     * @param syllablesBefore how many single-character tokens of the name precede it
     */
    static boolean closes(String text, Token token, int syllablesBefore) {
        return syllablesBefore >= 2 && token.word().length() == 1 && token.tag().startsWith("v")
                && token.end() < text.length() && CLOSING.indexOf(text.charAt(token.end())) >= 0;
    }
}
