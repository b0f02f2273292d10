package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "美国此前根据《香港自治法》对中国官员实施了制裁", "特朗普政府在上一轮制裁中，已将…列入了黑名单": an undated
 * sanction told as imposed before is an earlier round, not a repetition of the one the article dates, nor taken on
 * the day of any act told before it. Stateless.
 */
final class EarlierMeasure {

    private static final Pattern EARLIER = Pattern.compile("此前|早前|先前|上一轮");

    private EarlierMeasure() {
    }

    /** Whether the candidate, which has no day, is a sanction told as imposed in an earlier round. */
    static boolean told(Candidate c) {
        return c.type() == EventType.SANCTION && EARLIER.matcher(c.evidence().sentence()).find();
    }
}
