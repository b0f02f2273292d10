package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "就美国采取的制裁…提出严正交涉", "针对全国人大14名副委员长遭美国政府制裁，…召见…提出抗议": a measure, visit,
 * agreement or statement framed as what a protest of its sentence answers. Where the article reports an act
 * of that type otherwise, the frame only names it again; where it does not, the frame is the act's one report,
 * and the act is an event, dated only by a date inside the frame (the others date the reaction). Stateless.
 */
final class MeasureReactedTo {

    private static final Pattern TOPIC_FRAME = Pattern.compile("(?:就|针对|对于)[^，。；]{2,}$");
    /** Where a frame opens, up to the date it may hold: 就美国7日宣布…. */
    private static final Pattern FRAME_OPENED = Pattern.compile("(?:就|针对|对于)[^，。；]*$");
    private static final List<EventType> REACTED_TO = List.of(EventType.SANCTION, EventType.VISIT,
            EventType.AGREEMENT, EventType.STATEMENT);

    private MeasureReactedTo() {
    }

    /** Whether {@code match} names the act a protest of the same sentence answers. */
    static boolean framed(String sentence, TriggerMatch match, List<TriggerMatch> sentenceTriggers) {
        String clauseBefore = sentence.substring(Clauses.start(sentence, match.start()), match.start());
        return REACTED_TO.contains(match.trigger().type()) && !HarmfulContact.protested(sentence, match)
                && TOPIC_FRAME.matcher(clauseBefore).find()
                && sentenceTriggers.stream().anyMatch(t -> t.trigger().type() == EventType.PROTEST);
    }

    /**
     * Adds to {@code candidates}, in sentence order, the acts {@code framed} of a type no other candidate has.
     */
    static void keepUnreported(List<Candidate> framed, List<Candidate> candidates) {
        for (Candidate act : framed) {
            if (candidates.stream().anyMatch(c -> c.type() == act.type())) {
                continue;
            }
            int at = 0;
            while (at < candidates.size() && candidates.get(at).sentence() <= act.sentence()) {
                at++;
            }
            candidates.add(at, withFramedDate(act));
        }
    }

    private static Candidate withFramedDate(Candidate act) {
        Optional<DateMention> date = act.date().filter(d -> {
            int at = d.start() - act.evidence().start();
            return at >= 0 && at <= act.evidence().sentence().length()
                    && FRAME_OPENED.matcher(act.evidence().sentence().substring(0, at)).find();
        });
        return act.withDate(date);
    }
}
