package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "上个月刚就任首相的菅义伟首次外访便出访…越南": a date inside a relative clause (…的) that describes the
 * person acting tells when that person did something else, not when the event took place. Stateless.
 */
final class AttributiveDate {

    /** From the date to the 的 that closes the relative clause, within the clause. */
    private static final Pattern RELATIVE = Pattern.compile("\\A[^，。；、的]{1,12}的");
    /** How far after 的 the person it describes begins (a title may stand between: 首相菅义伟). */
    private static final int DESIGNATION_REACH = 10;

    private AttributiveDate() {
    }

    /** Whether the date, before the trigger in its clause, stands in a relative clause on a person who acts. */
    static boolean describesActor(Sentence sentence, DateMention date, int triggerAt) {
        int from = date.end() - sentence.start();
        int trigger = triggerAt - sentence.start();
        String s = sentence.text();
        if (from < 0 || from >= trigger || Clauses.start(s, trigger) > date.start() - sentence.start()) {
            return false;
        }
        Matcher relative = RELATIVE.matcher(s.substring(from, trigger));
        if (!relative.find()) {
            return false;
        }
        int clauseEnd = date.end() + relative.end();
        boolean verb = sentence.tokens().stream().anyMatch(t -> t.offset() >= date.end() && t.offset() < clauseEnd
                && t.tag().startsWith("v"));
        return verb && sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.PERSON
                && m.start() >= clauseEnd && m.start() <= clauseEnd + DESIGNATION_REACH && m.end() <= triggerAt);
    }
}
