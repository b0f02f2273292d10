package org.diplograph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * The country of a counterpart a meeting or talks names by office alone ("与外务事务次官秋叶刚男举行会谈"):
 * the country at the head of the office's title ("韩国外交部韩半岛和平交涉本部长李度勋"), else the one the
 * visitor has just arrived in ("9日抵达日本，与…"), else the host of the visit reported before. Stateless.
 */
final class CounterpartCountry {

    /** Words before a country that put the visitor there. */
    private static final Pattern ARRIVED = Pattern.compile("(?:抵达|到达|飞抵|来到|访问|在)$");
    /** The longest title a country heads: "韩国外交部韩半岛和平交涉本部长". */
    private static final int TITLE_REACH = 20;

    private CounterpartCountry() {
    }

    /**
     * Gives the counterparts without a country the country they stand for, and adds it to the
     * sides, when the sentence names only the visitor's side.
     *
     * @param before the candidates of the sentences before, in order
     */
    static void addTo(Actors actors, EventType type, String text, Sentence sentence, TriggerMatch match,
                      List<Candidate> before) {
        if (!type.encounter() || actors.countries().isEmpty()) {
            return;
        }
        boolean oneSide = actors.countries().size() == 1;
        String visitor = actors.countries().iterator().next();
        for (Mention person : sentence.mentions()) {
            Participant participant = actors.persons().get(person.key());
            if (person.kind() != Mention.Kind.PERSON || person.position().isEmpty() || participant == null
                    || participant.country().isPresent()) {
                continue;
            }
            Optional<String> country = titleHead(sentence, person).or(() -> oneSide
                    ? arrivedIn(text, sentence, sentence.start() + match.start())
                    .or(() -> visitedBefore(before, visitor)).filter(c -> !c.equals(visitor))
                    : Optional.empty());
            if (country.isPresent()) {
                actors.persons().put(person.key(),
                        new Participant(participant.name(), participant.position(), country));
                actors.countries().add(country.get());
            }
        }
    }

    /** A country followed by one of its bodies, heading the title right before the person. */
    private static Optional<String> titleHead(Sentence sentence, Mention person) {
        Map<Integer, Mention> byStart = new HashMap<>();
        sentence.mentions().forEach(m -> byStart.put(m.start(), m));
        for (Mention m : sentence.mentions()) {
            Mention body = byStart.get(m.end());
            if (m.kind() != Mention.Kind.COUNTRY || body == null || body.kind() != Mention.Kind.ORGANIZATION
                    || body.end() > person.start() || person.start() - body.end() > TITLE_REACH) {
                continue;
            }
            boolean oneTitle = sentence.tokens().stream()
                    .filter(t -> t.offset() >= body.end() && t.offset() < person.start())
                    .noneMatch(CounterpartCountry::breaksTitle);
            if (oneTitle) {
                return Optional.of(m.key());
            }
        }
        return Optional.empty();
    }

    private static boolean breaksTitle(Token token) {
        return token.tag().startsWith("w") || token.tag().equals("cc") || token.tag().startsWith("p");
    }

    /** The country the sentence says the visitor has reached before the trigger (抵达日本, 在东京). */
    private static Optional<String> arrivedIn(String text, Sentence sentence, int triggerStart) {
        return sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY && m.end() <= triggerStart
                        && ARRIVED.matcher(text.substring(Math.max(sentence.start(), m.start() - 2), m.start())).find())
                .map(Mention::key).reduce((first, second) -> second);
    }

    /** The host of the latest visit by the visitor's country reported before. */
    private static Optional<String> visitedBefore(List<Candidate> before, String visitor) {
        return before.stream()
                .filter(c -> c.type() == EventType.VISIT && c.actors().countries().contains(visitor)
                        && c.actors().countries().size() == 2 && !c.host().equals(Optional.of(visitor)))
                .reduce((first, second) -> second)
                .flatMap(c -> c.actors().countries().stream().filter(x -> !x.equals(visitor)).findFirst());
    }
}
