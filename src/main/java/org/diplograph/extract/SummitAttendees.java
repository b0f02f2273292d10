package org.diplograph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "这次峰会除了普京、习近平与全球主要国家领导人外，部分…国家如孟加拉、不丹等也受邀出席": a sentence that speaks of
 * the summit just reported (这次峰会, 本届会议) and says who else attends names more of its sides, though
 * not in the clause of its trigger. Stateless.
 */
final class SummitAttendees {

    private static final Pattern THIS_SUMMIT = Pattern.compile(
            "(?:这次|本次|此次|这场|本届|这届|该)(?:峰会|首脑会议|领导人会议|外长会议|会议)");
    /** "…等也受邀出席", "等国参加": the states listed before it attend. */
    private static final Pattern ATTEND = Pattern.compile("等?国?(?:领导人)?也?(?:受邀|应邀)?(?:出席|参加|与会)");

    private SummitAttendees() {
    }

    /** Adds to the latest candidate, when it is a summit, the countries the sentence lists as attending it. */
    static void join(Sentence sentence, List<Candidate> before) {
        if (before.isEmpty() || before.get(before.size() - 1).type() != EventType.SUMMIT) {
            return;
        }
        String s = sentence.text();
        if (!THIS_SUMMIT.matcher(s).find()) {
            return;
        }
        Actors summit = before.get(before.size() - 1).actors();
        Matcher attend = ATTEND.matcher(s);
        while (attend.find()) {
            int clauseStart = Clauses.start(s, attend.start());
            for (Mention m : sentence.mentions()) {
                int at = m.start() - sentence.start();
                if (m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.CAPITAL
                        && at >= clauseStart && m.end() - sentence.start() <= attend.start()) {
                    summit.countries().add(m.key());
                }
            }
        }
    }
}
