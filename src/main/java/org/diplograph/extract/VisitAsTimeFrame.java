package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "惠恕仁28日访台，4月1日返回帛琉，访台期间除拜会总统蔡英文…": a visit named again as the time of what is done
 * during it (访台期间) is the visit the sentence reported before it, not another. Stateless.
 */
final class VisitAsTimeFrame {

    private static final Pattern DURING = Pattern.compile("\\A(?:期间|时|之际)");

    private VisitAsTimeFrame() {
    }

    /** Whether a visit trigger frames the time of the visit its sentence named before it. */
    static boolean namedAgain(String sentence, TriggerMatch match, List<TriggerMatch> sentenceTriggers) {
        return match.trigger().type() == EventType.VISIT && DURING.matcher(sentence.substring(match.end())).find()
                && sentenceTriggers.stream().anyMatch(t -> t.trigger().type() == EventType.VISIT
                && t.end() <= match.start());
    }
}
