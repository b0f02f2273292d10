package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "中国外交部发言人赵立坚在27日的例行记者会上表示，…。发言人还说，美方…实施非法制裁，毫无道理": a sentence that
 * opens on a bare 发言人 goes on quoting the spokesperson the sentence before named, who speaks for that country.
 * Stateless.
 */
final class SpokespersonReferredBack {

    private static final Pattern BARE = Pattern.compile("\\A(?:该|这位|这名)?发言人");

    private SpokespersonReferredBack() {
    }

    /** The country of the spokesperson that {@code sentence} refers back to, if it opens on a bare 发言人. */
    static Optional<String> country(AnalyzedText text, Sentence sentence) {
        if (sentence.index() == 0 || !BARE.matcher(sentence.text()).lookingAt()) {
            return Optional.empty();
        }
        Sentence before = text.sentences().get(sentence.index() - 1);
        return before.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.PERSON && m.position().map(Spokespersons.SPOKESPERSON::equals).orElse(false))
                .map(Mention::country).flatMap(Optional::stream).findFirst();
    }
}
