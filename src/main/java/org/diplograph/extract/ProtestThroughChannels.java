package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "中国外交部称已通过外交和军事渠道提出严正交涉": a protest lodged through channels was not made face to face,
 * so it was not made at a meeting or talks between the same sides told before it, and does not take their day.
 * Stateless.
 */
final class ProtestThroughChannels {

    private static final Pattern THROUGH_CHANNELS = Pattern.compile("通过[^，。；]{0,16}?渠道");

    private ProtestThroughChannels() {
    }

    /** Whether {@code protest} was lodged through channels rather than at the contact {@code earlier}. */
    static boolean apartFrom(Candidate protest, Candidate earlier) {
        return protest.type() == EventType.PROTEST && earlier.type().consultation()
                && THROUGH_CHANNELS.matcher(protest.evidence().sentence()).find();
    }
}
