package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "美朝峰会进入第二回合：金正恩和特朗普抵达河内举行会谈": a summit of two sides, a meeting by itself, is talks
 * when its sentence says talks were held at it. Stateless.
 */
final class TalksAtSummit {

    private static final Pattern TALKS_HELD = Pattern.compile("(?:举行|进行)了?[^，。；]{0,6}?会谈");

    private TalksAtSummit() {
    }

    /** The type of a summit trigger read as a meeting of two sides: talks where the sentence holds them. */
    static EventType retype(EventType type, String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.SUMMIT && type == EventType.MEETING
                && TALKS_HELD.matcher(sentence).find() ? EventType.TALKS : type;
    }
}
