package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "日方在日中联合声明中做出的承诺没有丝毫变化": a statement in a relative clause (…中做出的承诺, …中确认的原则) is
 * the document where something was once set down, not one issued now. Stateless.
 */
final class StatementAsDocument {

    /** What the statement holds, told by a relative clause right after it. */
    private static final Pattern HOLDS = Pattern.compile("\\A中?(?:所)?(?:做出|作出|确认|规定|确立|承诺|阐明|载明)的");

    private StatementAsDocument() {
    }

    /** Whether the statement trigger names a document in a relative clause. */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.STATEMENT && HOLDS.matcher(sentence.substring(match.end())).find();
    }
}
