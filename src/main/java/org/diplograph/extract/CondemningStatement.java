package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "周六法国对伊朗处决持不同政见记者…发出严正谴责。…法国在一份声明中说：“法国以最强烈的措词，谴责伊朗…”": a
 * statement whose words condemn or protest, between the sides of a protest told in its sentence or before it, is
 * how that protest was made (GUIDELINES: a protest or condemnation), not an event of its own. A statement that
 * only criticises (发声明，批评中国违背国际承诺) stays one. Stateless.
 */
final class CondemningStatement {

    /** A statement word, then a word of condemnation in what it says. */
    private static final Pattern CONDEMNING = Pattern.compile("声明[^。]*?(?:谴责|抗议)");

    private CondemningStatement() {
    }

    /** Drops the statements that carry a protest reported in them or earlier in the article between the same sides. */
    static List<DiplomaticEvent> withoutVehicles(List<DiplomaticEvent> events) {
        return events.stream().filter(e -> !vehicle(e, events)).toList();
    }

    private static boolean vehicle(DiplomaticEvent statement, List<DiplomaticEvent> events) {
        if (statement.type() != EventType.STATEMENT
                || !statement.evidence().stream().allMatch(e -> CONDEMNING.matcher(e.sentence()).find())) {
            return false;
        }
        int told = statement.evidence().get(0).start();
        return events.stream().anyMatch(p -> p.type() == EventType.PROTEST
                && p.countries().equals(statement.countries()) && p.organizations().equals(statement.organizations())
                && p.evidence().stream().anyMatch(e -> e.start() <= told));
    }
}
