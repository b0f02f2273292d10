package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "中方坚决反对和强烈谴责任何个人或权力对中国主权…的任何挑战": a protest aimed at anyone at all (任何…) states
 * a principle; it names no state it is lodged against. Stateless.
 */
final class AnyoneCondemned {

    /** 任何 as the object of the protest verb, or of a second verb joined to it (反对和强烈谴责任何). */
    private static final Pattern ANYONE = Pattern.compile("\\A(?:[和并、及与][^，。；]{0,4}?(?:谴责|反对|抗议))?任何");


    private AnyoneCondemned() {
    }

    /**
     * Whether the protest is aimed at anyone at all where no contact was reported before it: then its
     * sentence tells of no contact either ("杨洁篪又说，…坚决反对任何…" after a call is what he said in it).
     */
    static boolean condemnedOutsideContact(String sentence, TriggerMatch match, List<Candidate> before) {
        return condemned(sentence, match) && before.stream().noneMatch(c -> c.type().consultation());
    }

    /** Whether the protest trigger is aimed at anyone at all rather than at a state. */
    static boolean condemned(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.PROTEST && ANYONE.matcher(sentence.substring(match.end())).find();
    }
}
