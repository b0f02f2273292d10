package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * An invitation told from the side of the one invited ("郑义溶将受邀出席在伦敦举行的G7外长会议"): the inviter is
 * the state that holds the gathering, named where it is held; the organisation whose gathering it is
 * invites no one. Where the text names no host, the inviter is unknown and the invitation no record.
 * Stateless.
 */
final class PassiveInvitation {

    private static final Pattern PASSIVE = Pattern.compile("\\A受邀");
    /** From the place to where the gathering is held: "伦敦举行的", "东京召开". */
    private static final Pattern HELD_THERE = Pattern.compile("\\A[^，。；]{0,8}?(?:举行|召开|举办)");

    private PassiveInvitation() {
    }

    /** Whether the invitation trigger is the passive 受邀. */
    static boolean passive(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.INVITATION
                && PASSIVE.matcher(sentence.substring(match.start(), match.end())).find();
    }

    /**
     * Makes the host of the gathering the invitation is to (在伦敦举行的) the inviter in place of its
     * organisation; false when the clause after the trigger names no host.
     */
    static boolean hostInvites(Actors actors, String text, Sentence sentence, TriggerMatch match) {
        int from = sentence.start() + match.end();
        int to = sentence.start() + Clauses.end(sentence.text(), match.end());
        for (Mention m : sentence.mentions()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.start() > from && m.end() <= to
                    && (m.form() == Mention.Form.NAME || m.form() == Mention.Form.CAPITAL)
                    && text.charAt(m.start() - 1) == '在' && HELD_THERE.matcher(text.substring(m.end(), to)).find()) {
                actors.organizations().clear();
                actors.countries().add(m.key());
                return true;
            }
        }
        return false;
    }
}
