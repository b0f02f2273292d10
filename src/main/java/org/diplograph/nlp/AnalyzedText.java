package org.diplograph.nlp;

import java.util.List;
import org.diplograph.article.Article;

/**
 * An article after analysis.
 *
 * @param text the body in simplified script with half-width digits; all offsets refer to it
 * @param title the title, normalised the same way
 */
public record AnalyzedText(Article article, String title, String text, List<Sentence> sentences) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }
}
