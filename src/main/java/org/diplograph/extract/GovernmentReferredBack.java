package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "TikTok…指责美国政府剥夺其正当程序权益。政府还关闭了中国驻休斯敦领馆，…": a sentence whose subject is the bare
 * word 政府 goes on about the government the sentence before it named (美国政府, 特朗普政府), which is then a
 * side of its acts. Stateless.
 */
final class GovernmentReferredBack {

    /** 政府 opening the sentence, with no name before it. */
    private static final Pattern BARE_GOVERNMENT = Pattern.compile("\\A(?:该|这届|本届)?政府");
    /** A government named by its country or its leader: 美国政府, 特朗普政府, 拜登当局. */
    private static final Pattern GOVERNMENT = Pattern.compile("\\A(?:政府|当局)");

    private GovernmentReferredBack() {
    }

    /**
     * Adds the country of the government the sentence before names, when the trigger's sentence opens with
     * 政府 and it names one government only.
     *
     * @param before the sentence before, in any paragraph
     */
    static void supplySide(Actors actors, String text, Sentence sentence, Optional<Sentence> before) {
        if (before.isEmpty() || !BARE_GOVERNMENT.matcher(sentence.text()).lookingAt()) {
            return;
        }
        List<String> governments = before.get().mentions().stream()
                .filter(m -> (m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.ABBREVIATION
                        || m.kind() == Mention.Kind.PERSON) && m.state().isPresent()
                        && GOVERNMENT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 2))).lookingAt())
                .map(m -> m.state().get()).distinct().toList();
        if (governments.size() == 1) {
            actors.countries().add(governments.get(0));
        }
    }
}
