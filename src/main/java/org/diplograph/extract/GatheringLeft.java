package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "习近平是在结束二十国集团领导人第十九次峰会活动后离开里约热内卢抵达巴西利亚的": a summit its sentence says was
 * ended (结束…后) before the act the sentence reports, leaving for the next stop, lasted until the day of that
 * act; undated itself, it takes that day rather than the report's. Stateless.
 */
final class GatheringLeft {

    private static final Pattern ENDED_BEFORE = Pattern.compile(
            "结束[^，。；]{0,30}?(?:峰会|会议|外长会|大会|论坛|年会)(?:活动)?之?后");

    private GatheringLeft() {
    }

    /** The act of the summit's own sentence that followed its end, when the summit is undated. */
    static Optional<Candidate> followingAct(Candidate summit, List<Candidate> candidates) {
        if (summit.type() != EventType.SUMMIT || summit.date().isPresent()
                || !ENDED_BEFORE.matcher(summit.evidence().sentence()).find()) {
            return Optional.empty();
        }
        return candidates.stream().filter(c -> c.sentence() == summit.sentence() && c.type() != EventType.SUMMIT)
                .findFirst();
    }
}
