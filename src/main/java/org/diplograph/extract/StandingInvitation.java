package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * An invitation told in the perfect (拜登总统已邀请习近平出席峰会, 并已向习近平提出邀请) is reported as a standing
 * fact, made at some time the text does not give: not at the latest contact it reports between the same
 * sides, whose date it must not take. Stateless.
 */
final class StandingInvitation {

    private static final Pattern ALREADY_INVITED = Pattern.compile("已经?[^，。；]{0,20}?(?:邀请|之邀)");

    private StandingInvitation() {
    }

    /** Whether the candidate is an invitation its sentence tells as already made. */
    static boolean told(Candidate candidate) {
        return candidate.type() == EventType.INVITATION
                && ALREADY_INVITED.matcher(candidate.evidence().sentence()).find();
    }
}
