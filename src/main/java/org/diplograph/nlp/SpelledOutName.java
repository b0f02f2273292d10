package org.diplograph.nlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "外交部长本拉须德阿勒赞雅尼（Abdullatif bin Rashid Al Zayani）": a transliteration glossed with a
 * personal name of several words is a name even where the segmenter reads its syllables as pronouns or
 * verbs (本/rz 拉/v 须德阿/nr 勒/v), as long as it broke it into syllables and names. Stateless.
 */
final class SpelledOutName {

    /** A personal name in Latin script: at least two words, the first and the last capitalised. */
    private static final Pattern PERSONAL_NAME = Pattern.compile("\\s*[A-Z][a-z’']+(?:\\s+[A-Za-z’'.-]+)*\\s+[A-Z][a-z’'-]+\\s*[）)]");
    private static final Pattern NAME_TAG = Pattern.compile("nr.*");

    private SpelledOutName() {
    }

    /**
     * Whether the text from {@code start} to the bracket at {@code end} is a transliterated name: a personal
     * name follows in the bracket and every word in between is a single syllable or tagged as a name.
     */
    static boolean spelledOut(String text, List<Token> tokens, int start, int end) {
        if (end >= text.length() || !PERSONAL_NAME.matcher(text).region(end + 1, text.length()).lookingAt()) {
            return false;
        }
        return tokens.stream().filter(t -> t.end() > start && t.offset() < end)
                .allMatch(t -> t.offset() >= start && t.end() <= end
                        && (t.word().length() == 1 || NAME_TAG.matcher(t.tag()).matches()));
    }
}
