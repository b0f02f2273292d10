package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "亚太15国于去年底完成谈判步骤的《区域全面经济伙伴关系协定》": negotiations in a relative clause on the
 * document they produced describe that document; the sentence is about it, not about the talks. Stateless.
 */
final class NegotiatedDocument {

    /** What follows the trigger: a few words, 的, and the document's title. */
    private static final Pattern DOCUMENT_AFTER = Pattern.compile("\\A[^，。；《》]{0,4}的《");

    private NegotiatedDocument() {
    }

    /** Whether the talks trigger qualifies a document named right after it. */
    static boolean describes(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.TALKS
                && DOCUMENT_AFTER.matcher(sentence.substring(match.end())).find();
    }
}
