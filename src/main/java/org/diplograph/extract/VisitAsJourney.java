package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * A visit is a journey: the sentences after the one reporting it tell the meetings and talks held on it, which
 * are events of their own, or the story's background ("中国声称台湾是自己的领土", "中共把斯里兰卡作为其一带一路的
 * 重要部分"). Only a sentence that speaks of the trip again (访华期间, 此行, 此访) tells what the trip itself was
 * about. Stateless.
 */
final class VisitAsJourney {

    /** Words that name the trip again: its time (期间), the trip itself (此行, 此访, 这次访问). */
    private static final Pattern THE_TRIP = Pattern.compile("期间|此行|此访|这次访问|此次访问|本次访问|出访|之行");

    private VisitAsJourney() {
    }

    /** Whether {@code sentence}, after the one reporting {@code owner}, is outside what a visit was about. */
    static boolean outsideTrip(Candidate owner, Sentence sentence) {
        return owner.type() == EventType.VISIT && owner.sentence() != sentence.index()
                && !THE_TRIP.matcher(sentence.text()).find();
    }
}
