package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "近日荷兰、比利时、德国、丹麦外交部先后召见当地中国大使，针对中国的报复性制裁表达抗议": a protest against a
 * sanction told before is about what that sanction was about (欧盟22日以中国侵犯新疆人权为由通过制裁案), though
 * its own sentence names only the measure. Stateless.
 */
final class ProtestedMeasureTopics {

    /** The protest's sentence names a sanction as what it answers. */
    private static final Pattern SANCTION_NAMED = Pattern.compile("制裁");

    private ProtestedMeasureTopics() {
    }

    /** Adds to each protest against a sanction the topics of the latest sanction told before it that shares a side. */
    static void inherit(List<Candidate> candidates) {
        for (Candidate protest : candidates) {
            if (protest.type() != EventType.PROTEST || !SANCTION_NAMED.matcher(protest.evidence().sentence()).find()) {
                continue;
            }
            candidates.stream()
                    .filter(c -> c.type() == EventType.SANCTION && c.sentence() < protest.sentence()
                            && c.actorSet().stream().anyMatch(protest.actorSet()::contains))
                    .reduce((first, second) -> second)
                    .ifPresent(sanction -> sanction.topics().stream()
                            .filter(t -> !protest.topics().contains(t)).toList()
                            .forEach(protest.topics()::add));
        }
    }
}
