package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Acts one sentence tells by one trigger but counts ("两度会晤", "分别向…提出严正交涉"): each is an event of its
 * own (GUIDELINES: several contacts are several rows), kept apart from the others, though they share type,
 * sides and day, by an evidence object of its own. Stateless.
 */
final class CountedActs {

    private CountedActs() {
    }

    /** The candidate and {@code count - 1} copies of it, each with an evidence of its own. */
    static List<Candidate> times(Candidate c, int count) {
        List<Candidate> result = new ArrayList<>();
        result.add(c);
        for (int i = 1; i < count; i++) {
            Actors actors = new Actors();
            actors.addAll(c.actors());
            Evidence evidence = new Evidence(c.evidence().sentence(), c.evidence().start(), c.evidence().end(),
                    c.evidence().confidence());
            result.add(new Candidate(c.type(), c.sentence(), c.paragraph(), actors, c.date(), c.status(), c.host(),
                    evidence, new ArrayList<>(c.topics()), c.issuer()));
        }
        return result;
    }

    /** Whether two events are copies of one counted act: equal evidence, not the same, in a sentence that counts. */
    static boolean apart(DiplomaticEvent a, DiplomaticEvent b, Predicate<String> counts) {
        for (Evidence x : a.evidence()) {
            for (Evidence y : b.evidence()) {
                if (x.equals(y) && x != y && counts.test(x.sentence())) {
                    return true;
                }
            }
        }
        return false;
    }
}
