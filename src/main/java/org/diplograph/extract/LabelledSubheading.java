package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "北京：将采取对等措施", "专家：华盛顿未来或更关注新疆议题": a line of the body that names a speaker or a party, a
 * colon and a few words, with no closing punctuation, heads a new part of the article, like a subheading without
 * the label. Stateless.
 */
final class LabelledSubheading {

    private static final Pattern LABELLED = Pattern.compile("[^。！？!?；;，,：:“”「」『』()（）]{1,8}[：:][^。！？!?；;，,：:“”「」『』()（）]{4,30}");

    private LabelledSubheading() {
    }

    /** Whether {@code sentence}, in the body, is such a heading. */
    static boolean heads(Sentence sentence) {
        return sentence.paragraph() > 0 && LABELLED.matcher(sentence.text()).matches();
    }
}
