package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "正在日本和韩国访问的美国国务卿布林肯说…" before "周三，布林肯在与韩国外长会晤…": a visit told as going on and
 * given no day is going on when the visitor meets the host, as the article tells further on; it is dated by the
 * first contact in person between the same sides that the article dates after it. Stateless.
 */
final class OngoingVisit {

    private static final Pattern ONGOING = Pattern.compile("正在[^，。；]{0,12}?访问");

    private OngoingVisit() {
    }

    /** The dated meeting or talks between the sides of {@code visit}, undated and going on, told after it. */
    static Optional<Candidate> contactHeldThere(Candidate visit, List<Candidate> dated) {
        if (visit.type() != EventType.VISIT || visit.status() != EventStatus.OCCURRED
                || !ONGOING.matcher(visit.evidence().sentence()).find()) {
            return Optional.empty();
        }
        return dated.stream().filter(d -> d.sentence() > visit.sentence() && d.type().encounter()
                        && d.status() == EventStatus.OCCURRED && d.actorSet().equals(visit.actorSet())
                        && !d.date().get().vague())
                .min((a, b) -> Integer.compare(a.sentence(), b.sentence()));
    }
}
