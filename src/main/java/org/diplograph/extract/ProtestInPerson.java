package org.diplograph.extract;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * "郑泽光周三召见美国驻华大使布兰斯塔德…提出了抗议" and "布兰斯塔德周三与郑泽光会面中…": a protest lodged in
 * person (a summons, a démarche) is an encounter, and reports of either side call it a meeting. A meeting
 * of the very persons of a summons, between its sides and on its day, is that protest told again. Stateless.
 */
final class ProtestInPerson {

    /** The protest is lodged by calling the other side in: a summons. */
    private static final Pattern SUMMONED = Pattern.compile("召见|约见|约谈|召見|約見|約談");

    private ProtestInPerson() {
    }

    /** Whether one event is a meeting and the other the protest lodged at it. */
    static boolean sameEncounter(DiplomaticEvent a, DiplomaticEvent b) {
        return a.type() == EventType.MEETING && lodgedAt(b, a) || b.type() == EventType.MEETING && lodgedAt(a, b);
    }

    private static boolean lodgedAt(DiplomaticEvent protest, DiplomaticEvent meeting) {
        Set<String> met = names(meeting);
        // Both sides must be named in person: a protest merely voiced that day is another act.
        return protest.type() == EventType.PROTEST && protest.status() == EventStatus.OCCURRED
                && !protest.dateIsReportDate()
                && protest.evidence().stream().anyMatch(e -> SUMMONED.matcher(e.sentence()).find())
                && meeting.status() == EventStatus.OCCURRED && protest.date().equals(meeting.date())
                && protest.countries().equals(meeting.countries())
                && protest.organizations().equals(meeting.organizations())
                && met.size() >= 2 && names(protest).containsAll(met)
                && meeting.persons().stream().map(p -> p.country()).distinct().count() >= 2;
    }

    private static Set<String> names(DiplomaticEvent e) {
        Set<String> names = new TreeSet<>();
        e.persons().forEach(p -> names.add(p.name()));
        return names;
    }
}
