package org.diplograph.extract;

import java.util.List;

/**
 * What a summit discussed is told in its own report; a sentence after it that tells another act (一项制裁,
 * 一次抗议, 一次会见) speaks of that act, even where the act makes no record of its own, unlike what follows a
 * call or talks, which is often what was said there. Stateless.
 */
final class ActAfterSummit {

    private ActAfterSummit() {
    }

    /** Whether a sentence, with these triggers, tells an act other than the summit that precedes it. */
    static boolean tellsAnother(Candidate owner, List<TriggerMatch> sentenceTriggers) {
        return owner.type() == EventType.SUMMIT && sentenceTriggers != null
                && sentenceTriggers.stream().anyMatch(t -> t.trigger().type() != EventType.SUMMIT);
    }
}
