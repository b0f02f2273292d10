package org.diplograph.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "中央情报局局长哈/斯/佩/尔、前国家安全事务助理博尔顿": in a list of officials, a transliterated name the
 * segmenter broke into single characters, some of them read as verbs or classifiers, runs up to the
 * enumeration comma that closes the item. Stateless.
 */
final class NameBeforeListComma {

    private static final Pattern SYLLABLES = Pattern.compile("[\\p{IsHan}]{2,5}");
    /**
     * Single characters that are words of the sentence, never syllables of a name: particles, punctuation.
     * A verb may be a later syllable (佩/v in 哈斯佩尔), never the first (官员访台、).
     */
    private static final Pattern NOT_A_SYLLABLE_TAG = Pattern.compile("w.*|u.*|p.*|c.*|y.*|e.*|o.*");
    private static final int LONGEST = 5;

    private NameBeforeListComma() {
    }

    /** The name from {@code start} to the next 、 when every word in between is a single character. */
    static Optional<String> name(String text, List<Token> tokens, List<Mention> sentence, int start) {
        int comma = text.indexOf('、', start);
        if (comma < 0 || comma - start > LONGEST) {
            return Optional.empty();
        }
        String name = text.substring(start, comma);
        List<Token> words = tokens.stream().filter(t -> t.end() > start && t.offset() < comma).toList();
        boolean aligned = !words.isEmpty() && words.get(0).offset() == start
                && words.get(words.size() - 1).end() == comma;
        boolean syllables = words.size() > 1 && !words.get(0).tag().startsWith("v") && words.stream()
                .allMatch(t -> t.word().length() == 1 && !NOT_A_SYLLABLE_TAG.matcher(t.tag()).matches());
        boolean hidesMention = sentence.stream().anyMatch(m -> m.start() >= start && m.start() < comma);
        if (!SYLLABLES.matcher(name).matches() || !aligned || !syllables || hidesMention) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
