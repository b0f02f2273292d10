package org.diplograph.extract;

import java.util.List;

/**
 * "日美澳防长举行视频会议 表示强烈反对中国强硬的军事行动" over "三国防长在联合声明中表示：强烈反对…": a headline
 * protest between the sides of a statement the body reports is what that statement said, told short; the
 * statement is the act (GUIDELINES: a protest is what a statement says, not an act of its own). Stateless.
 */
final class HeadlineOfStatement {

    private HeadlineOfStatement() {
    }

    /** Whether the title candidate is a protest whose sides a statement of the body has, all of them. */
    static boolean restates(Candidate title, List<Candidate> body) {
        return title.type() == EventType.PROTEST && body.stream().anyMatch(c -> c.type() == EventType.STATEMENT
                && c.actorSet().equals(title.actorSet()));
    }
}
