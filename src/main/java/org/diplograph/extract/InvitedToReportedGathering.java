package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "这次峰会除了普京、习近平…外，部分…国家如孟加拉、不丹等也受邀出席": those invited to the gathering the report speaks
 * of (这次峰会) were invited in the round the article reported before (美国总统拜登已经邀请…出席…峰会), by the same
 * inviter: one invitation with more invitees (GUIDELINES: one row per distinct event). The invited are the
 * states of the trigger's own clause; those the sentence names as attending besides were invited before. Stateless.
 */
final class InvitedToReportedGathering {

    /** The gathering already reported, named again. */
    private static final Pattern THIS_GATHERING = Pattern.compile(
            "(?:这次|本次|此次|这场|本届|这届)(?:峰会|首脑会议|领导人会议|外长会议|会议)");
    private static final String INVITE = "邀请";

    private InvitedToReportedGathering() {
    }

    /**
     * For a passive invitation ({@link PassiveInvitation}) to the gathering reported: adds the states its clause
     * names as invited to the latest invitation reported whose inviter is known.
     */
    static void joinedToRound(Sentence sentence, TriggerMatch match, List<Candidate> before) {
        String s = sentence.text();
        if (!THIS_GATHERING.matcher(s).find()) {
            return;
        }
        Optional<Candidate> round = before.stream().filter(c -> c.type() == EventType.INVITATION)
                .reduce((first, second) -> second);
        Optional<String> inviter = round.flatMap(InvitedToReportedGathering::inviter);
        if (inviter.isEmpty()) {
            return;
        }
        int clauseStart = sentence.start() + Clauses.start(s, match.start());
        int triggerAt = sentence.start() + match.start();
        Set<String> invited = new TreeSet<>();
        for (Mention m : sentence.mentions()) {
            if (m.start() >= clauseStart && m.end() <= triggerAt && m.kind() != Mention.Kind.ORGANIZATION) {
                m.state().ifPresent(invited::add);
            }
        }
        invited.remove(inviter.get());
        round.get().actors().countries().addAll(invited);
    }

    /** The country of the person named before the verb of inviting in the invitation's clause. */
    private static Optional<String> inviter(Candidate invitation) {
        String s = invitation.evidence().sentence();
        int invite = s.indexOf(INVITE);
        if (invite < 0) {
            return Optional.empty();
        }
        int clauseStart = Clauses.start(s, invite);
        return invitation.actors().persons().values().stream()
                .filter(p -> p.country().isPresent())
                .filter(p -> {
                    int at = s.indexOf(p.name(), clauseStart);
                    return at >= 0 && at < invite;
                })
                .map(p -> p.country().get()).findFirst();
    }
}
