package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "禁止四名中国官员及一个中国政府机构使用美国银行", "一个中国城市": 一个中国 that counts one Chinese thing or
 * person is no invocation of the one-China principle. Stateless.
 */
final class OneChineseThing {

    private static final String ONE_CHINA = "一个中国";
    private static final Pattern THING = Pattern.compile(
            "城市|政府|外交官|人|公司|企业|官员|机构|学生|记者|公民|船|代表团|家庭|品牌|产品|银行|工厂|团体|组织");

    private OneChineseThing() {
    }

    /** Whether the trigger ending at {@code end} of the text is 一个中国 counting one Chinese thing. */
    static boolean counted(String text, String trigger, int end) {
        return trigger.equals(ONE_CHINA) && THING.matcher(text).region(end, text.length()).lookingAt();
    }
}
