package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * "菲律宾抗议中国在其所拥有的南中国海一个岛屿附近继续存在的“非法存在和活动”": a protest or statement whose own
 * report is about the South China Sea speaks of waters and islands that several states claim, so it is about
 * that territorial dispute as well, whatever words it uses. Other contacts may name the sea only among the
 * regions they touched on. Stateless.
 */
final class ContestedSea {

    private static final String SEA = "south-china-sea";
    private static final String DISPUTE = "territorial-disputes";
    private static final Set<EventType> STANDS = Set.of(EventType.PROTEST, EventType.STATEMENT);

    private ContestedSea() {
    }

    /** Adds the territorial dispute to protests and statements whose own sentence is about the sea. */
    static void fillIn(List<Candidate> candidates, TopicDetector topics) {
        candidates.stream().filter(c -> STANDS.contains(c.type()) && c.topics().contains(SEA)
                        && !c.topics().contains(DISPUTE) && topics.detect(c.evidence().sentence()).contains(SEA))
                .forEach(c -> c.topics().add(DISPUTE));
    }
}
