package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.nlp.Sentence;

/**
 * "两人去年10月在电话会议中正式启动这项对话机制": a contact its own clause dates, to a day or period apart from
 * those of the contacts reported before, is one of its own, not the latest one spoken of again (沙利文在通话中表明…).
 * Stateless.
 */
final class OwnDatedContact {

    private OwnDatedContact() {
    }

    /**
     * Whether the clause before the trigger states a date that none of the earlier contacts of its kind
     * (the same type, or a call, meeting or talks for one of those) falls in; an undated one is taken to be
     * of the report's day, as it will be dated when merged.
     */
    static boolean apart(String text, Sentence sentence, TriggerMatch match, LocalDate reference,
                         List<Candidate> before) {
        int clauseStart = sentence.start() + Clauses.start(sentence.text(), match.start());
        List<DateMention> own = DateResolver.find(text, clauseStart, sentence.start() + match.start(), reference, false)
                .stream().filter(d -> !d.dateline()).toList();
        if (own.isEmpty()) {
            return false;
        }
        DateMention date = own.get(own.size() - 1);
        EventType type = match.trigger().type();
        return before.stream().filter(c -> c.type() == type || c.type().conversation() && type.conversation())
                .allMatch(c -> c.date().map(d -> d.lastDay().isBefore(date.date()) || d.date().isAfter(date.lastDay()))
                        .orElse(reference.isBefore(date.date()) || reference.isAfter(date.lastDay())));
    }
}
