package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "两国上个月…正式展开了旅游泡泡，这也使莫里森和阿德恩得以进行15个月来首次真人会晤": a clause that opens by
 * presenting its act as the consequence of what came before (这也使, 从而) tells an act of its own time; the date
 * of the earlier clauses is that of the cause. Stateless.
 */
final class ConsequenceClause {

    private static final Pattern CONSEQUENCE = Pattern.compile("\\A(?:这|此)(?:也|就|才)?使得?|\\A(?:从而|因而|进而)");

    private ConsequenceClause() {
    }

    /** Whether the date lies in a clause before the trigger's, and the trigger's clause tells a consequence. */
    static boolean datesCause(Sentence sentence, DateMention date, int triggerAt) {
        String s = sentence.text();
        int clause = Clauses.start(s, triggerAt - sentence.start());
        return date.start() - sentence.start() < clause && CONSEQUENCE.matcher(s.substring(clause)).lookingAt();
    }
}
