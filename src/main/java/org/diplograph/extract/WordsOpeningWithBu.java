package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "防疫保护不输先前来台的美日访团", "登场前不久造访华府", "不过峰会…": words that open with 不 (不输, 不久, 不仅, 不过,
 * 不满) negate nothing that follows them; a negation is looked for in the other words. Stateless.
 */
final class WordsOpeningWithBu {

    private static final Pattern WORDS = Pattern.compile("不(?:输于?|亚于|逊于|久|仅|但|只是|光是|过|满|少)");

    private WordsOpeningWithBu() {
    }

    /** {@code text} with each such word masked, so that its length and positions stay. */
    static String masked(String text) {
        return WORDS.matcher(text).replaceAll(m -> String.valueOf(NegationInName.MASK).repeat(m.group().length()));
    }
}
