package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "习近平同普京举行会谈…习近平指出，…我此次对俄罗斯的国事访问是友谊之旅": a leader quoted on "my visit" to the host
 * speaks of the trip the contact reported with that host took place in. The visitor is the contact's other side,
 * and the visit is dated by the contact. What the leader says of the visit reports it; it is no judgement of a
 * visit told elsewhere. Stateless.
 */
final class FirstPersonVisitor {

    /** The speaker's own present visit: 我此次, 我这次 (not 自我, "since I…", which looks back). */
    private static final Pattern MY_VISIT = Pattern.compile("(?<!自)我(?:此次|这次|本次|此番)");

    private FirstPersonVisitor() {
    }

    /** Whether the trigger names the speaker's own present visit. */
    static boolean ownVisit(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.VISIT
                && MY_VISIT.matcher(sentence.substring(Clauses.start(sentence, match.start()), match.start())).find();
    }

    /**
     * Adds to the speaker's own visit whose one side is its host the other side of the latest two-sided contact
     * (talks, a meeting, a call) reported with that host, and that side's office holder in the latest such contact
     * that names only one.
     */
    static void supplySide(Actors actors, Sentence sentence, TriggerMatch match, List<Candidate> before) {
        if (actors.countries().size() != 1 || !ownVisit(sentence.text(), match)) {
            return;
        }
        String host = actors.countries().iterator().next();
        List<Candidate> contacts = before.stream()
                .filter(c -> c.type().conversation() && c.actors().countries().size() == 2
                        && c.actors().countries().contains(host)).toList();
        if (contacts.isEmpty()) {
            return;
        }
        String visitor = contacts.get(contacts.size() - 1).actors().countries().stream()
                .filter(c -> !c.equals(host)).findFirst().orElseThrow();
        actors.countries().add(visitor);
        for (int i = contacts.size() - 1; i >= 0; i--) {
            List<Participant> leaders = contacts.get(i).actors().persons().values().stream()
                    .filter(p -> p.country().equals(Optional.of(visitor)) && p.position().isPresent()).toList();
            if (leaders.size() == 1) {
                actors.persons().putIfAbsent(leaders.get(0).name(), leaders.get(0));
                return;
            }
        }
    }

    /**
     * The speaker's own visit happens now, whatever date the sentences before carry (10年前首次访问): it takes the
     * date of the talks or meeting between the same two sides reported last (not of a visit
     * recalled); any other trigger keeps {@code date}.
     */
    static Optional<DateMention> dated(Optional<DateMention> date, String sentence, TriggerMatch match,
                                       Actors actors, List<Candidate> before) {
        if (!ownVisit(sentence, match) || actors.countries().size() != 2) {
            return date;
        }
        return before.stream().filter(c -> c.type().conversation() && c.actors().countries().equals(actors.countries())
                        && c.date().isPresent())
                .reduce((first, second) -> second).flatMap(Candidate::date).or(() -> date);
    }

    /**
     * What the leader goes on to say after naming the own visit is still said at the contact reported before it
     * (GUIDELINES: what a participant said during a call is part of the call): that contact keeps the topics.
     *
     * @param open the candidates whose report the sentence may go on, in order, {@code owner} the one chosen
     */
    static Candidate topicOwner(Sentence sentence, Candidate owner, List<Candidate> open) {
        if (owner == null || owner.sentence() == sentence.index() || owner.type() != EventType.VISIT
                || !MY_VISIT.matcher(owner.evidence().sentence()).find()) {
            return owner;
        }
        return open.stream().filter(c -> c.sentence() < owner.sentence() && c.type().conversation())
                .reduce((first, second) -> second).orElse(owner);
    }
}
