package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "美朝峰会进入第二回合：金正恩和特朗普抵达河内举行会谈": a summit of two sides is a meeting between them, unless
 * the report says what they held there was talks. Where the same sentence tells the summit and the talks,
 * and no word of a meeting, the encounter is talks. Stateless.
 */
final class SummitHeldAsTalks {

    private static final Pattern SUMMIT = Pattern.compile("峰会|首脑会议|领导人会议");
    private static final Pattern MEETING_WORD = Pattern.compile("会见|会晤|接见|见面|会面");

    private SummitHeldAsTalks() {
    }

    /** Whether {@code talks} are what the two-sided summit reported as {@code meeting} was held as. */
    static boolean heldAs(DiplomaticEvent meeting, DiplomaticEvent talks) {
        return meeting.type() == EventType.MEETING && talks.type() == EventType.TALKS
                && meeting.evidence().stream().anyMatch(e -> talks.evidence().stream()
                .anyMatch(f -> f.start() == e.start()) && SUMMIT.matcher(e.sentence()).find()
                && !MEETING_WORD.matcher(e.sentence()).find());
    }
}
