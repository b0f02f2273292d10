package org.diplograph.nlp;

import java.util.List;

/**
 * One sentence with its words and mentions; offsets refer to {@link AnalyzedText#text()}.
 *
 * @param paragraph index of the paragraph the sentence belongs to
 */
public record Sentence(int index, int paragraph, int start, String text, List<Token> tokens,
                       List<Mention> mentions) {

    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    public int end() {
        return start + text.length();
    }
}
