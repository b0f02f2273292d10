package org.diplograph.extract;

/**
 * "美国副国务卿下周访华为习拜会铺路": 华为 read across 访华 and 为 (for) is no Huawei; 华 there is China, the
 * object of a visit (访华, 来华, 抵华) or the post of an envoy (驻华). Stateless.
 */
final class ChinaBeforeWei {

    private static final String CHINA_AFTER = "访来抵赴驻";

    private ChinaBeforeWei() {
    }

    /** Whether the trigger at {@code at} is 华为 whose 华 ends a word for China. */
    static boolean misread(String text, String trigger, int at) {
        return trigger.equals("华为") && at > 0 && CHINA_AFTER.indexOf(text.charAt(at - 1)) >= 0;
    }
}
