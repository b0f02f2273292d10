package org.diplograph.extract;

import java.util.List;

/**
 * "金正恩与美国总统特朗普在新加坡举行了历史性的朝美首脑会议", "朝鲜外务省…发表谈话称，没有必要与美国坐下来面对面对话":
 * North Korea and the United States have no dealings but over the North's nuclear weapons, so a contact or act
 * between the two is about the peninsula's nuclear issue even where its report names only the encounter.
 * Stateless.
 */
final class NorthKoreaWithUnitedStates {

    private NorthKoreaWithUnitedStates() {
    }

    /** Adds the peninsula's nuclear issue to candidates with North Korea and the United States among their sides. */
    static void fillIn(List<Candidate> candidates) {
        candidates.stream().filter(c -> c.actors().countries().contains("PRK")
                        && c.actors().countries().contains("USA") && !c.topics().contains(NorthKoreanArms.TOPIC))
                .forEach(c -> c.topics().add(NorthKoreanArms.TOPIC));
    }
}
