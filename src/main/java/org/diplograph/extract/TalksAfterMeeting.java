package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "10月28日会见了斯里兰卡总统拉贾帕克萨，并与外长和其他斯里兰卡高级官员举行会谈": a visitor meets the host's
 * leader and then, in a clause joined by 并 or 还, holds talks with others: two encounters, not two
 * reports of one. Talks with the same person ("并与其举行会谈") stay one. Stateless.
 */
final class TalksAfterMeeting {

    private static final Pattern MEETING_THEN_TALKS = Pattern.compile(
            "(?:会见|会晤|接见)[^。；]*?[，,](?:并|还|随后)[^，。；]{0,6}?[与同和](?!其|他|她|对方)[^，。；]{1,40}?会谈");

    private TalksAfterMeeting() {
    }

    /** Whether a meeting and talks are told as successive acts in a sentence both were read from. */
    static boolean successive(DiplomaticEvent a, DiplomaticEvent b) {
        if (a.type() == b.type() || !isEncounter(a) || !isEncounter(b)) {
            return false;
        }
        return a.evidence().stream().anyMatch(e -> b.evidence().stream().anyMatch(f -> f.start() == e.start())
                && MEETING_THEN_TALKS.matcher(e.sentence()).find());
    }

    private static boolean isEncounter(DiplomaticEvent e) {
        return e.type() == EventType.MEETING || e.type() == EventType.TALKS;
    }
}
