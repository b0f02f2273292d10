package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "德法等国在G7峰会公报中提到台湾海峡和平稳定的重要性": the communiqué or declaration of a summit is what the
 * summit adopted, so what it says is what the summit was about, not another act told after it. Stateless.
 */
final class SummitCommunique {

    private static final Pattern COMMUNIQUE = Pattern.compile("(?:峰会|首脑会议|领导人会议|外长会议?)(?:联合)?(?:公报|宣言|声明)");

    private SummitCommunique() {
    }

    /** Whether {@code sentence} tells what the communiqué of {@code summit}'s grouping says. */
    static boolean tellsOf(Candidate summit, Sentence sentence) {
        return summit.type() == EventType.SUMMIT && COMMUNIQUE.matcher(sentence.text()).find()
                && sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION
                && summit.actors().organizations().contains(m.key()));
    }
}
