package org.diplograph.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "伊朗外交部发言人哈/b 提/v 卜扎德/nr": the segmenter reads the first syllables of a transliterated name
 * as single-character words, one of them even as a verb, and only the last part as a name. Right after a
 * title, single characters that lead up to a word tagged as a name are that name's first syllables.
 * Stateless.
 */
final class SyllablesBeforeSurname {

    /** Tags a name's first syllable never carries: verbs, prepositions, particles, adverbs, punctuation. */
    private static final Pattern NOT_FIRST_SYLLABLE_TAG =
            Pattern.compile("v.*|p.*|c.*|d.*|u.*|w.*|r.*|t.*|m.*|f.*|q.*|y.*|e.*|o.*|a.*");
    /** Tags no later syllable carries: all of those but the verb, which 提/v in 哈提卜扎德 shows it may. */
    private static final Pattern NOT_A_SYLLABLE_TAG = Pattern.compile("p.*|c.*|d.*|u.*|w.*|r.*|t.*|m.*|f.*|q.*|y.*|e.*|o.*|a.*");
    private static final Pattern NAME_TAG = Pattern.compile("nr|nrf");
    /** Single characters that close a name's last syllable (德劳伦蒂/nr 斯/b 说). */
    private static final Pattern LAST_SYLLABLE_TAG = Pattern.compile("b|ng|g|nr.*");
    /** Single-character words that may follow a name: speaking verbs, prepositions, 等. */
    private static final String WORDS_AFTER_NAME = "说称在对向与和及同等也将已就曾";
    private static final int MOST_SYLLABLES = 3;

    private SyllablesBeforeSurname() {
    }

    /** The name from {@code start}: single characters, then a word tagged as a name; or empty. */
    static Optional<String> name(List<Token> tokens, List<Mention> sentence, int start) {
        StringBuilder name = new StringBuilder();
        int end = start;
        int syllables = 0;
        for (Token token : tokens) {
            if (token.end() <= start) {
                continue;
            }
            if (token.offset() != end) {
                return Optional.empty();
            }
            if (syllables >= 2 && token.word().length() >= 2 && NAME_TAG.matcher(token.tag()).matches()) {
                int from = end;
                boolean hidesMention = sentence.stream().anyMatch(m -> m.start() >= start && m.start() < from);
                return hidesMention ? Optional.empty() : closed(tokens, name.append(token.word()), token.end());
            }
            Pattern excluded = syllables == 0 ? NOT_FIRST_SYLLABLE_TAG : NOT_A_SYLLABLE_TAG;
            if (token.word().length() != 1 || syllables == MOST_SYLLABLES || excluded.matcher(token.tag()).matches()
                    || !Character.isIdeographic(token.word().charAt(0))) {
                return Optional.empty();
            }
            name.append(token.word());
            end = token.end();
            syllables++;
        }
        return Optional.empty();
    }

    /**
     * The name with the single-character syllables that close it, if a word that may follow a name comes
     * next; empty where the name seems to go on (恩达伊施/nr 米/q 耶/b), so as not to cut it.
     */
    private static Optional<String> closed(List<Token> tokens, StringBuilder name, int end) {
        for (Token token : tokens) {
            if (token.offset() < end) {
                continue;
            }
            if (token.offset() != end) {
                return Optional.empty();
            }
            boolean single = token.word().length() == 1;
            if (single && LAST_SYLLABLE_TAG.matcher(token.tag()).matches() && name.length() < 8) {
                name.append(token.word());
                end = token.end();
                continue;
            }
            boolean follows = token.tag().startsWith("w") || single && WORDS_AFTER_NAME.contains(token.word())
                    || !single && token.tag().matches("v.*|p.*|c.*|d.*");
            return follows ? Optional.of(name.toString()) : Optional.empty();
        }
        return Optional.of(name.toString());
    }
}
