package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "习近平指出，今年4月你访问中国": in the words a leader says to the other side of the contact just reported,
 * 你 or 您 is that other side. Stateless.
 */
final class AddressedCounterpart {

    /** 你 or 您 in the trigger's clause, not 你们 (a delegation or a people) nor 你我 (both sides). */
    private static final Pattern YOU = Pattern.compile("[你您](?![们我])");

    private AddressedCounterpart() {
    }

    /**
     * Adds the side addressed as 你 to the actors: the country other than the speaker's of the latest
     * meeting, talks or call reported before, with its persons.
     *
     * @param before the candidates found so far in the article
     */
    static void supplySide(Actors actors, Sentence sentence, TriggerMatch match, List<Candidate> before) {
        String s = sentence.text();
        if (!YOU.matcher(s.substring(Clauses.start(s, match.start()), match.start())).find()) {
            return;
        }
        Optional<String> speaker = sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.PERSON && m.start() < sentence.start() + match.start())
                .findFirst().flatMap(Mention::country);
        Optional<Candidate> contact = before.stream().filter(c -> c.type().conversation())
                .reduce((first, second) -> second);
        if (speaker.isEmpty() || contact.isEmpty()) {
            return;
        }
        Actors contactSides = contact.get().actors();
        List<String> others = contactSides.countries().stream().filter(c -> !c.equals(speaker.get())).toList();
        if (others.size() != 1 || !contactSides.countries().contains(speaker.get())) {
            return;
        }
        String addressed = others.get(0);
        actors.countries().add(addressed);
        contactSides.persons().values().stream()
                .filter(p -> p.country().equals(Optional.of(addressed)))
                .forEach(p -> actors.persons().putIfAbsent(p.name(), p));
    }

    /**
     * Whether a candidate is an earlier act recalled to the addressee (今年4月你访问中国): what the speaker
     * goes on to say belongs to the contact being reported, not to the act recalled in passing.
     */
    static boolean recalledToAddressee(Candidate candidate, LocalDate reference) {
        return YOU.matcher(candidate.evidence().sentence()).find()
                && candidate.date().map(d -> d.lastDay().isBefore(reference)).orElse(false);
    }
}
