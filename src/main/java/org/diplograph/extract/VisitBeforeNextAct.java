package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "美国国务卿和国防部长刚刚访问日本和韩国后，美国再邀请…举行三方会谈，探讨有关中共、朝鲜、疫情、南海等问题":
 * a visit named only as the time after which the sentence's act came (访问…后) is not what the sentence tells
 * of; what is discussed there belongs to that act. Stateless.
 */
final class VisitBeforeNextAct {

    /** Right after a visit trigger: the act it is the time of (访问日本和韩国后). */
    private static final Pattern BEFORE_NEXT_ACT = Pattern.compile("\\A[^，。；、“”]{0,8}?之?后");

    private VisitBeforeNextAct() {
    }

    /** Whether every visit trigger of the visit's own sentence names it only as the time of another act. */
    static boolean named(Candidate visit, List<TriggerMatch> triggersOfItsSentence) {
        if (visit.type() != EventType.VISIT || triggersOfItsSentence == null) {
            return false;
        }
        String s = visit.evidence().sentence();
        List<TriggerMatch> visits = triggersOfItsSentence.stream()
                .filter(m -> m.trigger().type() == EventType.VISIT).toList();
        return !visits.isEmpty() && visits.stream().allMatch(m -> m.end() <= s.length()
                && BEFORE_NEXT_ACT.matcher(s.substring(m.end())).find());
    }
}
