package org.diplograph.extract;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * A pair compound with 两国 or 双方 as the subject right before a trigger names all the sides of the act:
 * in "美韩两国签署协议…而使中国面临新的安全挑战" China is what the act affects, not a party to it. Stateless.
 */
final class PairSubject {

    /** From the pair to the trigger: "两国", "两国领导人共同", "双方正式". */
    private static final Pattern TO_TRIGGER = Pattern.compile("(?:两国|双方)[^，。；、]{0,6}");

    private PairSubject() {
    }

    /**
     * Keeps only the countries of the pair, and the persons of no other country, when the pair is the
     * trigger's subject; leaves the actors alone otherwise.
     *
     * @param triggerStart offset of the trigger in the analysed text
     */
    static void restrict(Actors actors, String text, Sentence sentence, int triggerStart) {
        named(text, sentence, triggerStart).ifPresent(pair -> {
            actors.countries().retainAll(pair);
            actors.countries().addAll(pair);
            actors.persons().values().removeIf(p -> p.country().map(c -> !pair.contains(c)).orElse(false));
        });
    }

    /**
     * The countries of the pair compound that is the trigger's subject ("委古两国谴责" gives VEN and CUB).
     *
     * @param triggerStart offset of the trigger in the analysed text
     */
    static Optional<Set<String>> named(String text, Sentence sentence, int triggerStart) {
        Set<String> pair = new LinkedHashSet<>();
        int end = -1;
        for (Mention m : sentence.mentions()) {
            if (m.kind() != Mention.Kind.COUNTRY || m.form() != Mention.Form.ABBREVIATION || m.end() > triggerStart) {
                continue;
            }
            if (m.start() != end) {
                pair.clear();
            }
            pair.add(m.key());
            end = m.end();
            if (pair.size() >= 2 && TO_TRIGGER.matcher(text.substring(end, triggerStart)).matches()) {
                return Optional.of(pair);
            }
        }
        return Optional.empty();
    }
}
