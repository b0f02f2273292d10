package org.diplograph.nlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "越南外交部发言人黎氏秋姮": a Vietnamese woman's name is surname + 氏 + a given name of one or two
 * characters, and the segmenter keeps only 黎氏 as the name (秋/tg 姮/w). A name that stops at 氏
 * goes on through the given name. Stateless.
 */
final class VietnameseGivenName {

    /** Tags of the words that follow a name, never a given name's character: verbs, prepositions, particles. */
    private static final Pattern NOT_GIVEN_NAME_TAG = Pattern.compile("v.*|p.*|c.*|d.*|u.*|r.*|m.*|f.*|q.*|y.*|e.*|o.*");
    private static final int LONGEST_GIVEN_NAME = 2;

    private VietnameseGivenName() {
    }

    /** {@code name} (starting at {@code start}) with the given name after its 氏, or unchanged. */
    static String completed(String text, List<Token> tokens, int start, String name) {
        if (name.length() != 2 || name.charAt(1) != '氏') {
            return name;
        }
        StringBuilder full = new StringBuilder(name);
        int end = start + name.length();
        for (Token token : tokens) {
            if (token.offset() < end) {
                continue;
            }
            boolean han = token.word().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (token.offset() != end || !han || full.length() + token.word().length() > name.length() + LONGEST_GIVEN_NAME
                    || NOT_GIVEN_NAME_TAG.matcher(token.tag()).matches()) {
                break;
            }
            full.append(token.word());
            end = token.end();
        }
        return full.toString();
    }
}
