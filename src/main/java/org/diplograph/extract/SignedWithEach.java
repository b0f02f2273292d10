package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "英国还与日本、越南和韩国签署了自由贸易协议", "印度先前已与美国和澳洲签署类似协定": a state that signs with
 * several states it lists after 与 signs one agreement with each; a treaty of several sides together is
 * told by their number (三方, 多边), or is a grouping's. Stateless.
 */
final class SignedWithEach {

    private static final Pattern TOGETHER = Pattern.compile("三方|三边|四方|多方|多边|集体|共同");

    private SignedWithEach() {
    }

    /**
     * Whether an agreement between states only is one to split per partner: its clause, {@code [from, to)} in
     * the sentence, says of no number of sides that they sign together. A grouping's name (四方安全对话) says
     * nothing of the signing.
     */
    static boolean signed(Candidate c, Sentence sentence, int from, int to) {
        if (c.type() != EventType.AGREEMENT || !c.actors().organizations().isEmpty()) {
            return false;
        }
        StringBuilder clause = new StringBuilder(sentence.text().substring(from, to));
        for (Mention m : sentence.mentions()) {
            int start = m.start() - sentence.start() - from;
            int end = m.end() - sentence.start() - from;
            if (m.kind() == Mention.Kind.ORGANIZATION && start >= 0 && end <= clause.length()) {
                clause.replace(start, end, "_".repeat(end - start));
            }
        }
        return !TOGETHER.matcher(clause).find();
    }
}
