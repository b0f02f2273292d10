package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "茂木与布林肯将先举行双边会谈。茂木与布林肯上一次举行双边会谈是3月中旬。…茂木与布林肯将针对…研议…东海、南海
 * 等议题": a sentence that tells what the persons of a contact still to come will do speaks of that contact, not
 * of an earlier one between them that the article recalls in between. Stateless.
 */
final class PlannedContactSpoken {

    /** 将 of the future in the sentence's first clause (not 将军, nor 将…视为 of an object). */
    private static final Pattern WILL = Pattern.compile("\\A[^，。；：]*?将(?!军|领|士|近)");

    private PlannedContactSpoken() {
    }

    /**
     * The candidate whose report {@code sentence} goes on with: {@code owner}, or the most recent planned one of
     * {@code open} (the candidates still open at the sentence, in order) whose persons include all the persons
     * the sentence names, when the sentence tells what will be done.
     */
    static Candidate owner(Sentence sentence, Candidate owner, List<Candidate> open) {
        if (owner == null || owner.sentence() == sentence.index() || owner.status() == EventStatus.PLANNED
                || !WILL.matcher(sentence.text()).find()) {
            return owner;
        }
        Set<String> named = sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON)
                .map(Mention::key).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return owner;
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            Candidate planned = open.get(k);
            if (planned.status() == EventStatus.PLANNED && planned.actors().persons().keySet().containsAll(named)) {
                return planned;
            }
        }
        return owner;
    }

    /** Whether {@code sentence}, after the report of a planned contact, tells what its persons will do there. */
    static boolean tellsPlan(Candidate planned, Sentence sentence) {
        if (planned.status() != EventStatus.PLANNED || !WILL.matcher(sentence.text()).find()) {
            return false;
        }
        Set<String> named = sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON)
                .map(Mention::key).collect(Collectors.toSet());
        return named.size() >= 2 && planned.actors().persons().keySet().containsAll(named);
    }
}
