package org.diplograph.extract;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * An invitation told as the one accepted (应新加坡政府邀请，杨洁篪将访问新加坡; 应美国国安顾问沙利文之邀): the
 * sentence reports both the invitation and the visit or talks it leads to, unlike "邀请赵兑烈访华", where the
 * visit is only what the invitation asks for. Stateless.
 */
final class AcceptedInvitation {

    private static final Pattern ACCEPTED = Pattern.compile("\\A应");

    private AcceptedInvitation() {
    }

    /** Whether the invitation trigger is one accepted by the sentence's subject. */
    static boolean accepted(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.INVITATION
                && ACCEPTED.matcher(sentence.substring(match.start(), match.end())).find();
    }

    /** The countries of those who invited: the ones named between 应 and 邀请. */
    static Set<String> inviters(Sentence sentence, TriggerMatch match) {
        Set<String> inviters = new TreeSet<>();
        for (Mention m : sentence.mentions()) {
            Optional<String> country = m.state();
            int at = m.start() - sentence.start();
            if (country.isPresent() && at > match.start() && at < match.end()) {
                inviters.add(country.get());
            }
        }
        return inviters;
    }
}
