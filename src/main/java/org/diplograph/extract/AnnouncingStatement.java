package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A statement whose words report another act: "中国外交部在一份声明中表示，关闭美国驻成都总领馆…",
 * "美国国务院声明指出，蓬佩奥与拉夫罗夫在电话中讨论到…". It is how that act was made known, reported by
 * the act's own trigger (GUIDELINES: the statement announcing a sanction or a closure is part of that event),
 * not a statement event of its own. Stateless.
 */
final class AnnouncingStatement {

    /**
     * A protest is what a statement says (发声明，批评中国…), not an act it announces; a joint statement
     * is a document of both sides, one that a contact reported after it was issued at (根据双方会后联合声明，会谈…).
     */
    private static final Set<EventType> SAID_IN_IT = Set.of(EventType.STATEMENT, EventType.PROTEST);
    private static final Pattern JOINT = Pattern.compile("联合|共同");
    /** An act the statement disowns (重申朝方无意与美国重启对话) is what it says, not an act it announces. */
    private static final Pattern DISOWNED = Pattern.compile("(?:无意|不愿|拒绝|不会|不再|没有)[^，。；]*$");

    private AnnouncingStatement() {
    }

    /**
     * Whether {@code match}, a statement, is followed by the trigger of an act it announces: in its own clause
     * or the next, where its words begin. Acts further on are more often what it warns of (警告…实施制裁).
     */
    static boolean announcesAnother(String sentence, TriggerMatch match, List<TriggerMatch> sentenceTriggers) {
        if (match.trigger().type() != EventType.STATEMENT
                || JOINT.matcher(sentence.substring(match.start(), match.end())).find()) {
            return false;
        }
        int clauseEnd = Clauses.end(sentence, match.end());
        int wordsEnd = clauseEnd < sentence.length() ? Clauses.end(sentence, clauseEnd + 1) : clauseEnd;
        return sentenceTriggers.stream().anyMatch(t -> t.start() >= match.end() && t.start() < wordsEnd
                && !SAID_IN_IT.contains(t.trigger().type())
                && !DISOWNED.matcher(sentence.substring(Clauses.start(sentence, t.start()), t.start())).find());
    }
}
