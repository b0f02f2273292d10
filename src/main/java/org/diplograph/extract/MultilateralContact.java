package org.diplograph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Tells contacts of several states together from contacts of two: a summit the text says many
 * states attend, and a call of three or more sides at once. Stateless.
 */
final class MultilateralContact {

    /** "数十国领导人参加的线上气候峰会", "邀请40位国家和国际组织领导人参加": more sides than the text names. */
    private static final Pattern MANY_SIDES = Pattern.compile(
            "(?:数十|数百|几十|多|各|\\d+多?个?)(?:国|位|个国家|名)[^，。；]{0,12}?(?:领导人|元首|首脑|外长|部长|代表)");

    private static final Pattern ONE_WITH_ANOTHER = Pattern.compile("[同与跟]");

    private MultilateralContact() {
    }

    /** Whether the clause says the gathering has more participants than those it names. */
    static boolean namesManySides(String clause) {
        return MANY_SIDES.matcher(clause).find();
    }

    /**
     * "习近平、梅克尔及马克宏通话": three or more sides listed together as the subject of a call talk at
     * once, which makes it a summit, not a bilateral call. Sides named elsewhere in the sentence (正值中印
     * 边境紧张, …印度是否跟进) are not on the call, and one side calling another (同, 与) is bilateral.
     */
    static List<Candidate> retypeJointCalls(List<Candidate> contacts, Sentence sentence, TriggerMatch match) {
        int clauseStart = Clauses.start(sentence.text(), match.start());
        String subject = sentence.text().substring(clauseStart, match.start());
        if (ONE_WITH_ANOTHER.matcher(subject).find()) {
            return contacts;
        }
        Set<String> listed = new HashSet<>();
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (at >= clauseStart && at < match.start()) {
                (m.kind() == Mention.Kind.COUNTRY ? Optional.of(m.key()) : m.country()).ifPresent(listed::add);
            }
        }
        return contacts.stream().map(c -> c.type() == EventType.PHONE_CALL && c.actors().countries().size() > 2
                && listed.containsAll(c.actors().countries())
                ? new Candidate(EventType.SUMMIT, c.sentence(), c.paragraph(), c.actors(), c.date(), c.status(),
                        c.host(), c.evidence(), c.topics())
                : c).toList();
    }
}
