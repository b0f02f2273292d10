package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "两国计划在11月将举行的第26次缔约方大会之前，制定…": a gathering named as the time by which the sides act is
 * no contact of theirs; "两国", "双方" there are the sides acting, not those taking part in it. Nor is it what
 * the text goes on to speak of: "这次峰会" after "这场峰会也将是…COP26前的一个重要里程碑" is the summit reported
 * before. Stateless.
 */
final class GatheringAsDeadline {

    private static final Pattern BEFORE_IT = Pattern.compile("\\A(?:[(（][^()（）]{1,20}[)）])?(?:之|以)?前");
    private static final Pattern AT = Pattern.compile("在|于");
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:在|于)[^，。；]*(?:峰会|大会|会议)(?:[(（][^()（）]{1,20}[)）])?(?:之|以)?前");

    private GatheringAsDeadline() {
    }

    /** Whether the summit {@code match} names is the deadline of what its clause tells ("在…大会之前"). */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.SUMMIT
                && BEFORE_IT.matcher(sentence.substring(match.end())).find()
                && AT.matcher(sentence.substring(Clauses.start(sentence, match.start()), match.start())).find();
    }

    /** The candidates a later sentence may speak of: without a last summit its sentence names as a deadline. */
    static List<Candidate> spokenOf(List<Candidate> before) {
        if (before.size() >= 2) {
            Candidate last = before.get(before.size() - 1);
            if (last.type() == EventType.SUMMIT && DEADLINE.matcher(last.evidence().sentence()).find()) {
                return before.subList(0, before.size() - 1);
            }
        }
        return before;
    }
}
