package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "美日韩3国外长会谈", "中、印、藏三方会议": a report that counts the sides of a contact fixes how many took
 * part. Such a contact is not the same as one of fewer sides (the foreign ministers' bilateral talks of the
 * same trip), as a country named in passing would make it. The count must name a contact of the event's
 * type: "四国对话机制" in a report of a meeting counts the members of a grouping, not those who met. Stateless.
 */
final class CountedSides {

    private static final Pattern COUNTED = Pattern.compile(
            "([三四五六七八九3-9])\\s*[国方](?:外长|领导人|首脑|部长|防长|元首)?(会谈|会晤|会议|峰会|对话|磋商|通话)");

    private CountedSides() {
    }

    /** Whether the candidate's own sentence counts as many sides, three or more, as the candidate has. */
    static boolean stated(Candidate c) {
        return counts(c.evidence().sentence(), c.type(), c.actorSet().size());
    }

    /** Whether two events of one type and day differ in sides that a report of the larger one counts. */
    static boolean apart(DiplomaticEvent a, DiplomaticEvent b) {
        int sidesA = a.countries().size() + a.organizations().size();
        int sidesB = b.countries().size() + b.organizations().size();
        DiplomaticEvent larger = sidesA > sidesB ? a : b;
        return sidesA != sidesB && larger.evidence().stream()
                .anyMatch(e -> counts(e.sentence(), larger.type(), Math.max(sidesA, sidesB)));
    }

    private static boolean counts(String sentence, EventType type, int sides) {
        Matcher m = COUNTED.matcher(sentence);
        while (m.find()) {
            if (CountedCountries.number(m.group(1)) == sides && names(m.group(2), type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a contact word can name a contact of the type: 会晤 both a meeting and talks (高级别会晤). */
    private static boolean names(String word, EventType type) {
        return switch (word) {
            case "会谈", "对话", "磋商" -> type == EventType.TALKS;
            case "会晤" -> type.encounter();
            case "会议", "峰会" -> type == EventType.SUMMIT;
            default -> type == EventType.PHONE_CALL;
        };
    }
}
