package org.diplograph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "美国贸易代表(USTR)戴琦": the acronym of an office in brackets right after its title stands between the
 * title and the name. Stateless.
 */
final class AcronymAfterTitle {

    private static final Pattern ACRONYM = Pattern.compile("\\s*[（(][A-Z]{2,8}[）)]");

    private AcronymAfterTitle() {
    }

    /** Where the name after a title ending at {@code titleEnd} starts: past the office's acronym, if any. */
    static int nameStart(String text, int titleEnd) {
        Matcher m = ACRONYM.matcher(text).region(titleEnd, text.length());
        return m.lookingAt() ? m.end() : titleEnd;
    }
}
