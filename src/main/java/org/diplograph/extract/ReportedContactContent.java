package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "普莱斯并未提及两人通话内容是否有触及…", "根据中国外交部发布的通话内容": a contact named as the owner of what
 * was said in it (通话内容, 会谈的内容), once the article has reported one of its kind, is that one; the sentence
 * tells what was or was not said, and the sides and dates it names are those of the matters raised. Stateless.
 */
final class ReportedContactContent {

    private static final Pattern CONTENT = Pattern.compile("\\A的?内容");

    private ReportedContactContent() {
    }

    /** Whether the trigger names the content of a contact of a kind the article has already reported. */
    static boolean named(String sentence, TriggerMatch match, List<Candidate> reported) {
        EventType type = match.trigger().type();
        return type.conversation() && CONTENT.matcher(sentence.substring(match.end())).find()
                && reported.stream().anyMatch(c -> c.type() == type);
    }
}
