package org.diplograph.extract;

import java.util.List;

/**
 * Bilateral relations are the topic of a contact between two sides only: what a gathering of several says of
 * partnerships (亚太伙伴关系, 两国关系 of a pair among its members), or what a statement of two sides says of
 * their relations with a third, is not the relations of the contact's sides. Stateless.
 */
final class RelationsOfTwo {

    private RelationsOfTwo() {
    }

    /** Takes bilateral relations from the topics of candidates with more than two sides. */
    static void keepToPairs(List<Candidate> candidates) {
        candidates.stream().filter(c -> c.actorSet().size() > 2).forEach(c -> c.topics().remove(PairRelations.TOPIC));
    }
}
