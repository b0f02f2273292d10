package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "习近平的访日计划", "副外长原定的伊朗访问安排": a visit named as a plan is a planned visit. What the clause says may
 * happen (可能…产生影响, 有可能…生变) is about the plan, not a hedge on whether a visit is told. Stateless.
 */
final class PlannedTrip {

    private static final Pattern PLAN = Pattern.compile("\\A(?:计划|安排)");
    /** "推进这个访问计划": a plan pointed back to is the one told before, not a visit told here. */
    private static final Pattern POINTED_BACK = Pattern.compile("(?:这个|这一|该|此)$");

    private PlannedTrip() {
    }

    /** Whether the visit trigger is the head of a plan (访日计划, 访问安排). */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.VISIT && PLAN.matcher(sentence.substring(match.end())).find()
                && !POINTED_BACK.matcher(sentence.substring(0, match.start())).find();
    }
}
