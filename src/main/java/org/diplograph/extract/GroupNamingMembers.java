package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "与“四方安全对话”（Quad）中的成员美国和澳洲签署类似协定", "欧盟成员国德国…": a grouping named only to say
 * which states it counts, right before those states, takes no part in what they do. Stateless.
 */
final class GroupNamingMembers {

    /** Between the grouping's name and the first member named: its acronym, 中的, 成员(国). */
    private static final Pattern MEMBERS_OF = Pattern.compile("[”」\"』]?(?:[（(][^（()）]{1,12}[）)])?(?:中的|的)?成员(?:国)?");

    private GroupNamingMembers() {
    }

    /** Drops from a contact the organisations named only as the grouping of the states named right after. */
    static void dropFrom(Actors actors, EventType type, Sentence sentence) {
        if (type == EventType.SUMMIT) {
            // A summit is the grouping's own gathering: "北约成员国领导人峰会".
            return;
        }
        String s = sentence.text();
        for (Mention group : sentence.mentions()) {
            if (group.kind() != Mention.Kind.ORGANIZATION || !actors.organizations().contains(group.key())) {
                continue;
            }
            int after = group.end() - sentence.start();
            var members = MEMBERS_OF.matcher(s).region(after, s.length());
            if (members.lookingAt() && sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.COUNTRY
                    && m.start() - sentence.start() == members.end())) {
                actors.organizations().remove(group.key());
            }
        }
    }
}
