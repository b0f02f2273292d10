package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * A bill a legislature passed says what sanctions it would allow: "美国参议院上周四通过“香港自治法案”，
 * 将对…实施强制性制裁" imposes nothing until it is signed into law (签署…法案 is the act). Stateless.
 */
final class PassedBill {

    private static final Pattern PASSED = Pattern.compile(
            "(?:参议院|众议院|参院|众院|国会|议会)[^。；]{0,12}?通过[^。；]{0,30}?(?:法案|议案|制裁案|法》|法”)");
    private static final Pattern SIGNED = Pattern.compile("签署");

    private PassedBill() {
    }

    /** Whether the sanction {@code match} is what a bill passed earlier in {@code sentence} provides for. */
    static boolean provides(String sentence, TriggerMatch match) {
        // The sanction's own clause may name the bill (参议院通过对华制裁案).
        String before = sentence.substring(0, match.start());
        return match.trigger().type() == EventType.SANCTION
                && PASSED.matcher(sentence.substring(0, Clauses.end(sentence, match.end()))).find()
                && !SIGNED.matcher(before).find();
    }
}
