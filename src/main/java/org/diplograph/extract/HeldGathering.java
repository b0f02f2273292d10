package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "即可能在10月于罗马举行的20国集团(G20)会议上": a summit named after a relative clause that says where or when it
 * is held (在…举行的) is told as held; a hedge before that clause is about what may happen at it, not about
 * the summit. Stateless.
 */
final class HeldGathering {

    /** The relative clause right before the summit's name: "在10月于罗马举行的20国集团(G20)". */
    private static final Pattern HELD_AT = Pattern.compile("(?:在|于)([^，。；]{1,16}?)(?:举行|召开|举办)的[^，。；的]{0,16}$");
    private static final Pattern HEDGE = Pattern.compile("可能|或将|或许|是否|如果|若|一旦|希望|寻求|考虑");

    private HeldGathering() {
    }

    /** Whether a summit trigger follows a relative clause, itself unhedged, that says it is held. */
    static boolean named(String sentence, TriggerMatch match, String clauseBefore) {
        if (match.trigger().type() != EventType.SUMMIT) {
            return false;
        }
        Matcher held = HELD_AT.matcher(clauseBefore);
        return held.find() && !HEDGE.matcher(held.group(1)).find();
    }

    /**
     * Whether the summit is one still ahead: what may happen at it (可能在…举行的会议上) has not happened yet,
     * so neither has the summit.
     */
    static boolean ahead(String sentence, TriggerMatch match, String clauseBefore) {
        if (!named(sentence, match, clauseBefore)) {
            return false;
        }
        Matcher held = HELD_AT.matcher(clauseBefore);
        return held.find() && HEDGE.matcher(clauseBefore.substring(0, held.start())).find();
    }
}
