package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * "北京做出反击后，德国、法国…均召见中国大使，对北京方面对欧盟采取的制裁措施表示反对": an act whose report names
 * sanctions and no other matter answers the sanctions the story tells, and is about what they concern
 * (Xinjiang for the EU's and China's counter-sanctions). Not about the charge one side gave as its grounds
 * (新疆人权问题): the other side's answer disputes that charge rather than takes it up. Stateless.
 */
final class ReactionToSanction {

    private static final String SANCTIONS = "sanctions";
    /** Charges a sanctioning side states as its grounds, which an answer to the sanctions does not share. */
    private static final Set<String> GROUNDS = Set.of("human-rights");

    private ReactionToSanction() {
    }

    /** Gives acts whose only topic is sanctions the matters of the story's sanctions. */
    static void fillIn(List<Candidate> candidates) {
        List<String> matters = candidates.stream().filter(c -> c.type() == EventType.SANCTION)
                .flatMap(c -> c.topics().stream()).filter(t -> !t.equals(SANCTIONS) && !GROUNDS.contains(t))
                .distinct().toList();
        candidates.stream().filter(c -> c.type() != EventType.SANCTION && c.topics().equals(List.of(SANCTIONS)))
                .forEach(c -> c.topics().addAll(matters));
    }
}
