package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A measure taken at once in answer to another: "欧盟宣布实施制裁后，北京方面随即宣布对10个欧洲人…实施报复性
 * 制裁", "但中国随即宣布报复性制裁". Without a day of its own it was taken on the day of the act it answers,
 * the latest dated one of its kind told before it between the same sides. Stateless.
 */
final class ImmediateResponse {

    /** At once (随即, 旋即, 当即, 立即, 迅速) before the act of answering. */
    private static final Pattern AT_ONCE = Pattern.compile(
            "(?:随即|隨即|旋即|当即|當即|立即|迅速)(?:宣布|宣佈|回击|回擊|作出|做出|采取|採取|实施|實施|决定|決定|对|對)");

    private ImmediateResponse() {
    }

    /** The dated act that {@code c}, undated, answers at once, if its sentence says it was taken at once. */
    static Optional<Candidate> answered(Candidate c, List<Candidate> dated) {
        if (!AT_ONCE.matcher(c.evidence().sentence()).find()) {
            return Optional.empty();
        }
        return dated.stream().filter(d -> d.type() == c.type() && d.sentence() <= c.sentence()
                        && !d.date().get().vague() && d.actorSet().containsAll(c.actorSet()))
                .reduce((first, second) -> second);
    }
}
