package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "中国外交部新闻发言人赵立坚表示，…中方对此表示强烈谴责" and "中国驻加拿大使馆发言人稍早回应，中方对此表示强烈
 * 不满和坚决反对": a mission abroad and the ministry at home each voice a protest of their own, though
 * between the same sides on one day. Stateless.
 */
final class MissionVoice {

    private static final Pattern MISSION = Pattern.compile("驻[^，。；]{1,10}?(?:大使馆|使馆|使团|代表团)(?:新闻)?发言人");
    private static final Pattern MINISTRY = Pattern.compile("外交部(?:新闻)?发言人");

    private MissionVoice() {
    }

    /** Whether one protest is voiced only by a mission abroad and the other only by the foreign ministry. */
    static boolean apart(DiplomaticEvent a, DiplomaticEvent b) {
        return a.type() == EventType.PROTEST && b.type() == EventType.PROTEST
                && (voicedOnlyBy(a, MISSION, MINISTRY) && voicedOnlyBy(b, MINISTRY, MISSION)
                || voicedOnlyBy(b, MISSION, MINISTRY) && voicedOnlyBy(a, MINISTRY, MISSION));
    }

    /** Whether the protest is voiced only by a mission abroad, whose spokesperson the article does not name. */
    static boolean byMission(DiplomaticEvent e) {
        return e.type() == EventType.PROTEST && voicedOnlyBy(e, MISSION, MINISTRY);
    }

    private static boolean voicedOnlyBy(DiplomaticEvent e, Pattern voice, Pattern other) {
        return e.evidence().stream().allMatch(x -> voice.matcher(x.sentence()).find()
                && !other.matcher(x.sentence()).find());
    }
}
