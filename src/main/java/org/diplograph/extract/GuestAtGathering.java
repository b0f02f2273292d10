package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "英国首相约翰逊特别邀请印度总理出席G7峰会": a leader asked to attend a gathering is its host's guest; the
 * invitation is between the host and the guest, and the organisation whose gathering it is takes no part in
 * it, also where the invitation enlarges the gathering (扩大邀请澳大利亚…与会): the organisation is a side only
 * when it invites (GUIDELINES). Stateless.
 */
final class GuestAtGathering {

    /**
     * The guest and then what they are asked to do: attend, right after the invitation. One invited told in
     * the passive (受邀出席在伦敦举行的G7外长会议) has its host found by {@link PassiveInvitation}.
     */
    private static final Pattern TO_ATTEND = Pattern.compile("\\A[^，。；]{1,30}?(?:出席|参加|参与)");

    private GuestAtGathering() {
    }

    /**
     * Drops from an invitation to attend a gathering the organisations named after the verb of attending, in
     * its clause; an organisation invited (邀请联合国秘书长出席) stays.
     */
    static void dropFrom(Actors actors, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        Matcher toAttend = TO_ATTEND.matcher(s.substring(match.end()));
        if (match.trigger().type() != EventType.INVITATION || PassiveInvitation.passive(s, match) || !toAttend.find()) {
            return;
        }
        int gathering = match.end() + toAttend.end();
        int clauseEnd = Clauses.end(s, gathering);
        sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.ORGANIZATION && m.start() - sentence.start() >= gathering
                        && m.start() - sentence.start() < clauseEnd)
                .forEach(m -> actors.organizations().remove(m.key()));
    }
}
