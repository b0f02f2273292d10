package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "朝鲜发射弹道导弹", "朝鲜最近的导弹试射", "北韩核飞弹计画": North Korea's missiles and nuclear arms, told in
 * whatever words, are the Korean Peninsula nuclear issue. Stateless.
 */
final class NorthKoreanArms {

    static final String TOPIC = "korean-peninsula-nuclear";
    private static final Pattern ARMS = Pattern.compile("(?:朝鲜|北韩|平壤)[^，。；、]{0,6}?(?:导弹|飞弹|核武|核试)");

    private NorthKoreanArms() {
    }

    /** Whether the (lower-cased) text tells of North Korea's missiles or nuclear arms. */
    static boolean told(String text) {
        return ARMS.matcher(text).find();
    }
}
