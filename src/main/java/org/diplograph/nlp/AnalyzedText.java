package org.diplograph.nlp;

import java.util.List;
import org.diplograph.article.Article;

/**
 * An article after analysis.
 *
 * @param text the body in simplified script with half-width digits; all offsets refer to it
 * @param title the title, normalised the same way
 * @param keywords salient key phrases that name no known actor or office (HanLP TextRank), best first
 */
public record AnalyzedText(Article article, String title, String text, List<Sentence> sentences,
                           List<String> keywords) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
        keywords = List.copyOf(keywords);
    }
}
