package org.diplograph.nlp;

import java.util.List;

/**
 * "众议员克里斯·史密斯": a known person's name (克里) that the segmenter reads as the start of a longer
 * transliterated name (克里斯/nrf) is the longer name's, not the known person's; so is one that the rest
 * of a transliteration follows at once (克里/nr 米亚/nrf, Crimea). Stateless.
 */
final class LongerTransliteration {

    private LongerTransliteration() {
    }

    /** The sentence's lexicon mentions without the known persons that begin a longer transliterated name. */
    static List<Mention> withoutCutNames(List<Mention> mentions, List<Token> tokens) {
        return mentions.stream().filter(m -> m.kind() != Mention.Kind.PERSON || tokens.stream()
                .noneMatch(t -> t.offset() == m.start() && t.end() > m.end() && t.tag().equals("nrf")
                        || t.offset() == m.end() && t.tag().equals("nrf"))).toList();
    }
}
