package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The side a message comes from: the subject before its trigger (习近平复信…通伦), not the one it is addressed
 * to (通伦在致习近平的新春贺信中表示). Leaders answer each other's letters, so a message from the other side
 * is another message, not the one reported before ({@code 在…贺信中} speaks of a letter already told only
 * when the same side sent it). Stateless.
 */
final class MessageSender {

    /** What stands before an addressee: 致习近平, 向拜登, 给普京. */
    private static final String TO = "致向给";

    private MessageSender() {
    }

    /**
     * The country of the first side named in the trigger's clause before it that is not an addressee.
     *
     * @param triggerStart offset of the trigger in the analysed text
     */
    static Optional<String> of(Sentence sentence, int triggerStart) {
        String s = sentence.text();
        int trigger = triggerStart - sentence.start();
        int clauseStart = Clauses.start(s, trigger);
        return sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.COUNTRY)
                .filter(m -> {
                    int at = m.start() - sentence.start();
                    return at >= clauseStart && at < trigger && (at == 0 || TO.indexOf(s.charAt(at - 1)) < 0);
                })
                .findFirst().flatMap(Mention::state);
    }

    /** Whether the messages reported before all came from a side other than this one's sender. */
    static boolean fromOtherSide(Sentence sentence, TriggerMatch match, List<Candidate> before) {
        if (match.trigger().type() != EventType.MESSAGE) {
            return false;
        }
        Optional<String> sender = of(sentence, sentence.start() + match.start());
        List<Candidate> messages = before.stream().filter(c -> c.type() == EventType.MESSAGE).toList();
        return sender.isPresent() && !messages.isEmpty()
                && messages.stream().allMatch(c -> c.issuer().isPresent() && !c.issuer().equals(sender));
    }
}
