package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "特朗普政府实施单方面制裁明显违反《联合国宪章》": sanctions called unilateral (单方面制裁, 单边制裁) are a
 * policy the speaker condemns, not a measure the sentence reports. Stateless.
 */
final class UnilateralSanctions {

    /** The trigger's last words: the sanctions it names, qualified as unilateral. */
    private static final Pattern UNILATERAL = Pattern.compile("(?:单方面|单边|片面)的?制裁$");
    private static final int LONGEST = 6;

    private UnilateralSanctions() {
    }

    /** Whether a sanction trigger is qualified as unilateral. */
    static boolean condemned(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.SANCTION
                && UNILATERAL.matcher(sentence.substring(Math.max(match.start(), match.end() - LONGEST), match.end())).find();
    }
}
