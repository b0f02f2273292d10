package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "川普也曾表示希望邀请蒲亭到华府地区访问，以扩大举行七大工业国集团（G7）高峰会": a contact in a clause of purpose
 * (以…, 以便…, 为了…) after a wish or a plan is what the wish is for, not a contact that took place or is
 * set. Stateless.
 */
final class PurposeClause {

    private static final Pattern PURPOSE = Pattern.compile("\\A(?:以(?![来后前及上下往外内致至免])|以便|为了|以期)");
    private static final Pattern WISH = Pattern.compile("希望|想要|打算|试图|寻求|考虑|有意|愿意|提议|建议");

    private PurposeClause() {
    }

    /** Whether the trigger's clause states the purpose of a wish told in the clauses before it. */
    static boolean wishedFor(String sentence, TriggerMatch match) {
        int clauseStart = Clauses.start(sentence, match.start());
        return clauseStart > 0 && PURPOSE.matcher(sentence.substring(clauseStart, match.start())).find()
                && WISH.matcher(sentence.substring(0, clauseStart)).find();
    }
}
