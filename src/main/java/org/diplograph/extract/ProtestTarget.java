package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The side a protest or statement is aimed at, when the trigger's own clause names only the protester:
 * "发表声明，强烈反对美国…", "表示强烈不满，敦促加方…", "谴责以色列对叙利亚的袭击". The target is the
 * object of a word of protest later in the same sentence. Stateless.
 */
final class ProtestTarget {

    /** Words of protest whose object follows them directly. */
    private static final Pattern PROTEST_WORD = Pattern.compile("(?:反对|谴责|抗议|不满|敦促|批评|驳斥|反驳|要求|警告)$");

    private ProtestTarget() {
    }

    /**
     * Whether the sentence names a side of the act by the end of its trigger (中方…提出严正交涉,
     * 发表的中俄联合声明): "全球多国发布声明，谴责香港政府与中国" names only whom the statement is
     * against, and leaves its issuers unknown.
     *
     * @param triggerEnd offset of the end of the trigger in the analysed text
     */
    static boolean namesIssuer(Actors actors, Sentence sentence, int triggerEnd) {
        return sentence.mentions().stream().anyMatch(m -> m.start() < triggerEnd
                && (actors.countries().contains(m.key()) || actors.organizations().contains(m.key())
                || m.country().map(actors.countries()::contains).orElse(false)));
    }

    /**
     * Adds to {@code actors} the country named right after the first word of protest at or after the
     * trigger, when the actors name a single side so far.
     *
     * @param triggerStart offset of the trigger in {@code text}
     */
    static void addTo(Actors actors, String text, Sentence sentence, int triggerStart) {
        if (actors.size() != 1) {
            return;
        }
        for (Mention m : sentence.mentions()) {
            Optional<String> side = m.kind() == Mention.Kind.COUNTRY ? Optional.of(m.key())
                    : m.kind() == Mention.Kind.PERSON ? m.country() : Optional.empty();
            if (side.isEmpty() || m.start() <= triggerStart || actors.countries().contains(side.get())) {
                continue;
            }
            String before = text.substring(Math.max(sentence.start(), m.start() - 4), m.start());
            if (PROTEST_WORD.matcher(before).find()) {
                actors.countries().add(side.get());
                return;
            }
        }
    }
}
