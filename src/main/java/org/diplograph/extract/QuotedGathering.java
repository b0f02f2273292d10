package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "出现在上个月举行的一次被称为“气候行动部长级会议”的虚拟会议上": a gathering named by its own title in quotes is
 * a conference open to many states, a summit even where the text names only two of them. Stateless.
 */
final class QuotedGathering {

    /** The trigger ends the quoted title: a closing quotation mark right after it. */
    private static final Pattern TITLE_ENDS = Pattern.compile("\\A[”」』]");
    /** "“2+2会议”", "“四方会议”": titles that count their sides say how many there are. */
    private static final Pattern COUNTED = Pattern.compile("\\d|[两二三四五六七八九十]方");

    private QuotedGathering() {
    }

    /** A summit trigger's type, kept where the sides it names would make it a bilateral encounter. */
    static EventType typed(EventType type, TriggerMatch match, String sentence) {
        if (match.trigger().type() != EventType.SUMMIT || type == EventType.SUMMIT
                || !TITLE_ENDS.matcher(sentence.substring(match.end())).find()) {
            return type;
        }
        int open = Math.max(sentence.lastIndexOf('“', match.start()), Math.max(sentence.lastIndexOf('「', match.start()),
                sentence.lastIndexOf('『', match.start())));
        if (open < 0 || COUNTED.matcher(sentence.substring(open, match.end())).find()) {
            return type;
        }
        return EventType.SUMMIT;
    }
}
