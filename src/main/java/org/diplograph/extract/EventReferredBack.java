package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "这次访问只是特朗普政府对台湾所作所为的延续": a visit named with a demonstrative (这次, 此次, 该) once the
 * article has told one is that one, spoken of again; the sentence adds no event, and the sides it names
 * are those of the remark, not of the visit. Stateless.
 */
final class EventReferredBack {

    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:这次|此次|本次|该次|这一次|这场|该)$");

    private EventReferredBack() {
    }

    /**
     * Whether the trigger names again, without dates of its own, a visit once the article has reported one.
     * Only visits: a meeting named again (这次会面) still brings its date and sides to the one it merges with.
     */
    static boolean namedAgain(String sentence, TriggerMatch match, List<Candidate> reported, LocalDate reference) {
        return match.trigger().type() == EventType.VISIT
                && DEMONSTRATIVE.matcher(sentence.substring(0, match.start())).find()
                && reported.stream().anyMatch(c -> c.type() == EventType.VISIT)
                // "此次访问于周四开始，周六结束" still tells the visit's dates.
                && DateResolver.find(sentence, 0, sentence.length(), reference, false).isEmpty();
    }
}
