package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "讨论了两国1月份签署的贸易协议的状况": a document named by its signing (签署的贸易协议) and then described (的状况)
 * was signed on the day its relative clause gives (1月份, 去年); without a date of its own there (周一讨论了两国签署的…)
 * it is only named. Stateless.
 */
final class DatedSigningNamed {

    /** A signing told in a relative clause before the document it names. */
    private static final Pattern SIGNED_DOCUMENT = Pattern.compile("\\A(?:签署|签订)的");

    /** A month or year right before the signing, inside its relative clause: "两国1月份", "去年", "1965年两国". */
    private static final Pattern OWN_DATE = Pattern.compile(
            "(?:[0-9一二三四五六七八九十]+月份?|[0-9]{4}年|去年|今年|前年|上个?月)[^，。；的了]{0,6}$");

    private DatedSigningNamed() {
    }

    /** Whether the trigger names a document by its signing (签署的…协议), dated in its relative clause. */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.AGREEMENT
                && SIGNED_DOCUMENT.matcher(sentence.substring(match.start(), match.end())).find()
                && OWN_DATE.matcher(sentence.substring(Clauses.start(sentence, match.start()), match.start())).find();
    }
}
