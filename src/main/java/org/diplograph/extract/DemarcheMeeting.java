package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "中国驻比利时大使曹忠明23日会见比利时…办公室主任，就欧盟对华实施单边制裁事提出严正交涉": a meeting held
 * to lodge a protest is the protest (a démarche), not a meeting of its own. Stateless.
 */
final class DemarcheMeeting {

    /** The clause right after the meeting's: what it was held for, a protest lodged. */
    private static final Pattern LODGED = Pattern.compile("\\A[，,]就[^。；]{0,60}?提出(?:严正|强烈)?(?:交涉|抗议)");

    private DemarcheMeeting() {
    }

    /** Whether a meeting trigger is followed, in the next clause, by the protest it was held for. */
    static boolean protestLodged(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.MEETING
                && LODGED.matcher(sentence.substring(Clauses.end(sentence, match.end()))).find();
    }
}
