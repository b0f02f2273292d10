package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "希望邀请蒲亭到华府地区访问，以扩大举行七大工业国集团（G7）高峰会": the gathering an invitation is for, named
 * after it in its sentence, makes the organisation that holds it a side of the invitation; so does the one
 * named before it where those invited are to attend "the meeting" (推迟G7峰会…，并将扩大邀请…印度与会).
 * Stateless.
 */
final class InvitedGathering {

    /** What may stand between an organisation and the name of its gathering: "（G7）高", "领导人第十九次". */
    private static final Pattern GATHERING_NAME = Pattern.compile("[）)]?[^，。；、,;与和同及（(]{0,12}");

    /** Invited to attend the meeting named before: "邀请澳大利亚、俄罗斯、韩国及印度与会", "邀请…参会". */
    private static final Pattern TO_ATTEND_IT = Pattern.compile("\\A[^，。；]*?(?:与会|参会)(?![^，。；])");

    private InvitedGathering() {
    }

    /**
     * Adds to an invitation's actors the intergovernmental organisations whose gatherings its sentence names
     * after it (not a ministry that hosts a meeting).
     */
    static void addTo(Actors actors, Sentence sentence, TriggerMatch match, List<TriggerMatch> sentenceTriggers,
                      Lexicon lexicon) {
        if (match.trigger().type() != EventType.INVITATION) {
            return;
        }
        String s = sentence.text();
        boolean toAttendOneBefore = TO_ATTEND_IT.matcher(s.substring(match.end())).find();
        for (TriggerMatch summit : sentenceTriggers) {
            if (summit.trigger().type() != EventType.SUMMIT || summit.start() < match.end() && !toAttendOneBefore) {
                continue;
            }
            int from = summit.start() < match.end() ? 0 : match.end();
            for (Mention m : sentence.mentions()) {
                int at = m.start() - sentence.start();
                int end = m.end() - sentence.start();
                if (m.kind() == Mention.Kind.ORGANIZATION && at >= from && end <= summit.start()
                        && GATHERING_NAME.matcher(s.substring(end, summit.start())).matches()
                        && lexicon.organization(m.key()).map(o -> o.kind() == Organization.Kind.INTERGOVERNMENTAL)
                        .orElse(false)) {
                    actors.organizations().add(m.key());
                }
            }
        }
    }
}
