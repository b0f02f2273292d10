package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "欧盟外交部长22日在布鲁塞尔举行会议": the ministers of one organisation meeting as its council hold a
 * multilateral meeting whose sides are the organisation's members, left unnamed; the organisation alone
 * stands for them. Stateless.
 */
final class OrganizationCouncil {

    /** Ministers who sit in an organisation's councils. */
    private static final Set<String> MINISTERS = Set.of("foreign-minister", "defense-minister", "minister");
    /**
     * What may stand between the organisation and its ministers: "欧盟成员国外长", "欧盟各国外交部长", and the
     * other officials or ministers who meet with them ("东盟资深官员以及安全和外交部长视讯会议").
     */
    private static final Pattern MEMBERS = Pattern.compile("(?:成员国|各国|国家)?(?:[^，。；、]{1,6}?(?:以及|及|和|与))*");

    private OrganizationCouncil() {
    }

    /**
     * Whether a summit trigger follows the ministers of the one organisation among its actors, as those who hold
     * it; a gathering only named (七国集团外长会议开幕前) leaves its members to be named elsewhere.
     */
    static boolean meets(EventType type, Actors actors, Sentence sentence, TriggerMatch match) {
        if (type != EventType.SUMMIT || !actors.countries().isEmpty() || actors.organizations().size() != 1) {
            return false;
        }
        String s = sentence.text();
        int clauseStart = sentence.start() + Clauses.start(s, match.start());
        int triggerAt = sentence.start() + match.start();
        String organization = actors.organizations().iterator().next();
        for (Mention org : sentence.mentions()) {
            if (org.kind() != Mention.Kind.ORGANIZATION || !org.key().equals(organization)
                    || org.start() < clauseStart || org.end() > triggerAt) {
                continue;
            }
            for (Mention title : sentence.mentions()) {
                if (title.kind() == Mention.Kind.POSITION && title.position().filter(MINISTERS::contains).isPresent()
                        && title.start() >= org.end() && title.end() <= triggerAt && !namesOne(sentence, title)
                        && MEMBERS.matcher(s.substring(org.end() - sentence.start(), title.start() - sentence.start()))
                        .matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "欧盟外交部长博雷利": a title before a name is one minister's, not the council's. */
    private static boolean namesOne(Sentence sentence, Mention title) {
        return sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.PERSON && m.start() == title.end());
    }
}
