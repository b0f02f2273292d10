package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "外交部副部长秦刚约见捷克驻华大使…。外交部欧洲司负责人、中国驻捷克使馆也分别就此向捷驻华使馆、外交部提出严正交涉":
 * démarches that a sentence says were also (也) lodged one by one come on top of a protest reported before,
 * not again. Stateless.
 */
final class AdditionalDemarches {

    private static final Pattern ALSO_ONE_BY_ONE = Pattern.compile("也[^，。；]{0,4}?分别");

    private AdditionalDemarches() {
    }

    /** Whether one protest is told only by such a sentence and the other never by it. */
    static boolean apart(DiplomaticEvent a, DiplomaticEvent b) {
        return a.type() == EventType.PROTEST && b.type() == EventType.PROTEST
                && (onlyAdditional(a, b) || onlyAdditional(b, a));
    }

    private static boolean onlyAdditional(DiplomaticEvent additional, DiplomaticEvent other) {
        return additional.evidence().stream().allMatch(x -> ALSO_ONE_BY_ONE.matcher(x.sentence()).find()
                && SeveralDemarches.count(x.sentence()) > 1
                && other.evidence().stream().noneMatch(y -> y.start() == x.start()));
    }
}
