package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "解振华和克里曾在早期的几轮气候谈判中会面…。他们还一起出现在…会议上": a sentence whose subject is 他们 or
 * 两人 goes on about the two persons the sentence before opens with, joined as its subject. Stateless.
 */
final class PluralPronounSubject {

    /** 他们/她们/两人 opening the sentence, or its clause after a leading phrase. */
    private static final Pattern OPENING_PRONOUN = Pattern.compile("\\A(?:[^，。；“”]{0,6}，)?(?:他们|她们|两人|二人)");
    /** What joins two persons into one subject: "解振华和克里", "克里与解振华". */
    private static final Pattern JOINED = Pattern.compile("[和与及、]");

    private PluralPronounSubject() {
    }

    /**
     * Where the pronoun is the only subject of the trigger (no person named before it), the two persons it
     * stands for are sides of the act, with their countries.
     *
     * @param before the sentence before, in any paragraph
     * @param triggerStart offset of the trigger in the analysed text
     */
    static void supplySides(Actors actors, Sentence sentence, Optional<Sentence> before, int triggerStart) {
        if (before.isEmpty() || !OPENING_PRONOUN.matcher(sentence.text()).find()
                || sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.PERSON && m.start() < triggerStart)) {
            return;
        }
        List<Mention> persons = before.get().mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON).toList();
        if (persons.size() < 2) {
            return;
        }
        Mention first = persons.get(0);
        Mention second = persons.get(1);
        String s = before.get().text();
        int offset = before.get().start();
        if (first.start() != offset || !first.country().isPresent() || !second.country().isPresent()
                || !JOINED.matcher(s.substring(first.end() - offset, second.start() - offset)).matches()) {
            return;
        }
        for (Mention person : List.of(first, second)) {
            actors.persons().putIfAbsent(person.key(), new Participant(person.key(), person.position(), person.country()));
            actors.countries().add(person.country().get());
        }
    }
}
