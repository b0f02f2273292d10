package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "…也分别就此向捷驻华使馆、外交部提出严正交涉": a protest lodged about "this" (就此, 对此) is about the matter of
 * the protest between the same sides reported before it, whose sentence names it. Stateless.
 */
final class ProtestOnSameMatter {

    private static final Pattern ABOUT_THIS = Pattern.compile("(?:就此|对此)[^，。；]{0,20}?(?:交涉|抗议|不满)");

    private ProtestOnSameMatter() {
    }

    /** Gives each protest about "this" without topics of its own the topics of the earlier protest it refers to. */
    static void fillIn(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.type() != EventType.PROTEST || !c.topics().isEmpty()
                    || !ABOUT_THIS.matcher(c.evidence().sentence()).find()) {
                continue;
            }
            Optional<Candidate> earlier = candidates.stream().filter(d -> d.type() == EventType.PROTEST
                    && d.sentence() < c.sentence() && d.actorSet().equals(c.actorSet()) && !d.topics().isEmpty())
                    .reduce((first, second) -> second);
            earlier.ifPresent(d -> c.topics().addAll(d.topics()));
        }
    }
}
