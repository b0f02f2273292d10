package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "中国外交部发言人赵立坚周四称，…。他在例行记者会上称，…": a sentence whose subject is 他 or 她 goes on
 * about the subject of the sentence before it. Stateless.
 */
final class PronounSubject {

    /** 他/她 opening the sentence, or its clause after a leading phrase (对此，他表示); not 他们 or 他国. */
    private static final Pattern OPENING_PRONOUN = Pattern.compile("\\A(?:[^，。；“”]{0,6}，)?[他她](?![们国人])");

    /** Tags of words that make a clause more than the designation of its subject: verbs, prepositions. */
    private static final Pattern NOT_IN_DESIGNATION_TAG = Pattern.compile("v.*|p.*");

    private PronounSubject() {
    }

    /**
     * Adds the person the pronoun stands for to the candidate's persons, when that person serves
     * one of the candidate's sides.
     *
     * @param before the sentence before the candidate's, in any paragraph
     */
    static void addTo(Candidate candidate, Sentence sentence, Optional<Sentence> before) {
        if (before.isEmpty() || !OPENING_PRONOUN.matcher(sentence.text()).find()) {
            return;
        }
        Actors actors = candidate.actors();
        subject(before.get())
                .filter(p -> p.country().map(actors.countries()::contains).orElse(false))
                .ifPresent(p -> actors.persons().putIfAbsent(p.key(),
                        new Participant(p.key(), p.position(), p.country())));
    }

    /**
     * "本月，他访问了阿联酋、印度和孟加拉国": where the pronoun is the only subject of the trigger (no
     * person named before it), the person it stands for is a side of the act, with that person's country.
     *
     * @param before the sentence before, in any paragraph
     * @param triggerStart offset of the trigger in the analysed text
     */
    static void supplySide(Actors actors, Sentence sentence, Optional<Sentence> before, int triggerStart) {
        if (before.isEmpty() || !OPENING_PRONOUN.matcher(sentence.text()).find()
                || sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.PERSON && m.start() < triggerStart)) {
            return;
        }
        subject(before.get()).filter(p -> p.country().isPresent()).ifPresent(p -> {
            actors.persons().putIfAbsent(p.key(), new Participant(p.key(), p.position(), p.country()));
            actors.countries().add(p.country().get());
        });
    }

    /**
     * The first-named person of the sentence, if it opens a clause: only its designation (中国外交部发言人,
     * 中国驻英国大使) may stand before it, no verb or preposition (他认为习近平… is about 他).
     */
    static Optional<Mention> subject(Sentence sentence) {
        Optional<Mention> first = sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON).findFirst();
        if (first.isEmpty()) {
            return first;
        }
        int clauseStart = sentence.start() + Clauses.start(sentence.text(), first.get().start() - sentence.start());
        boolean designated = sentence.tokens().stream()
                .filter(t -> t.offset() >= clauseStart && t.offset() < first.get().start())
                .noneMatch(t -> NOT_IN_DESIGNATION_TAG.matcher(t.tag()).matches() && !t.word().equals("驻"));
        return designated ? first : Optional.empty();
    }
}
