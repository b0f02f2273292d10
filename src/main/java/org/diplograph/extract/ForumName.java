package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * A topic word in the name of a forum or fair a visitor attends (出席台捷经贸投资论坛, 参观进口博览会) names the
 * event on the programme, not a matter the sides discussed. Stateless.
 */
final class ForumName {

    private static final Pattern FORUM = Pattern.compile("\\p{IsHan}{0,4}?(?:论坛|博览会|展览会)");

    private ForumName() {
    }

    /** Whether the word ending at {@code end} of the text is part of a forum's or fair's name. */
    static boolean names(String text, int end) {
        return FORUM.matcher(text).region(end, text.length()).lookingAt();
    }
}
