package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "崔钟建最快将在本周访问美国，与美国副国务卿比根讨论韩美外交安全事宜": a clause with no subject of its own that
 * goes on with 与 (或 并与) continues the clause before, and so does its 将: the contact is still to come.
 * Stateless.
 */
final class ChainedPlan {

    /** A clause that opens with its counterpart, the subject left to the clause before. */
    private static final Pattern SUBJECTLESS = Pattern.compile("\\A(?:并|还|再|随后|然后)?(?:将|将会)?[与同跟]");

    private ChainedPlan() {
    }

    /** Whether the trigger's clause goes on, without a subject, from a clause before that tells of a plan. */
    static boolean continues(String sentence, TriggerMatch match) {
        int clauseStart = Clauses.start(sentence, match.start());
        if (clauseStart == 0 || !SUBJECTLESS.matcher(sentence.substring(clauseStart, match.start())).find()) {
            return false;
        }
        String before = sentence.substring(Clauses.start(sentence, clauseStart - 1), clauseStart - 1);
        return EventDating.PLANNED.matcher(before).find();
    }
}
