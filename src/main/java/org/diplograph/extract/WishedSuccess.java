package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "确保10月在昆明举行的…第15次缔约方大会…均取得成果", "支持…大会取得成功": a gathering whose success a side
 * wishes for or pledges to support is what the side said, not a report of the gathering. Stateless.
 */
final class WishedSuccess {

    private static final Pattern WISH = Pattern.compile("确保|支持|预祝|祝愿|办好");
    private static final Pattern SUCCESS = Pattern.compile(
            "\\A[^。；！？]{0,40}?(?:均|都)?(?:取得(?:积极|圆满)?(?:成果|成功)|圆满成功)");

    private WishedSuccess() {
    }

    /** Whether the gathering {@code match} names is one whose success the sentence wishes for. */
    static boolean wished(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.SUMMIT
                && WISH.matcher(sentence.substring(0, match.start())).find()
                && SUCCESS.matcher(sentence.substring(match.end())).find();
    }
}
