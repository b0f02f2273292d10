package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "卢卡申科说，他早就同习近平相识。在与习近平的会晤中，习近平提到…": a sentence that opens on a contact with someone
 * (在与X的会晤中) and names no one else leaves out who met X; Chinese drops a subject the sentence before has
 * given, so the other side is the subject of that sentence. Stateless.
 */
final class FramingContactSubject {

    /** The opening frame up to the trigger: 在与习近平的 before 会晤中. */
    private static final Pattern OPENING_FRAME = Pattern.compile("\\A在(?:与|同|和|跟)[^，。；]{1,20}?的$");
    /** What closes the frame after the trigger: 中, 上, 时, 期间. */
    private static final Pattern FRAME_CLOSED = Pattern.compile("\\A(?:中|上|时|期间)[，,]");

    private FramingContactSubject() {
    }

    /**
     * Adds the subject of the sentence before as the other side of a contact that frames the opening of its
     * own sentence and has one side only.
     *
     * @param before the sentence before, in any paragraph
     */
    static void supplySide(Actors actors, EventType type, Sentence sentence, TriggerMatch match,
                           Optional<Sentence> before) {
        String s = sentence.text();
        if (!type.conversation() || actors.size() != 1 || before.isEmpty()
                || !OPENING_FRAME.matcher(s.substring(0, match.start())).find()
                || !FRAME_CLOSED.matcher(s.substring(match.end())).lookingAt()) {
            return;
        }
        PronounSubject.subject(before.get())
                .filter(p -> p.country().isPresent() && !actors.countries().contains(p.country().get()))
                .ifPresent(p -> {
                    actors.persons().putIfAbsent(p.key(), new Participant(p.key(), p.position(), p.country()));
                    actors.countries().add(p.country().get());
                });
    }
}
