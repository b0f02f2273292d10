package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * Hong Kong listed with the other issues Beijing calls internal affairs (台湾、香港、新疆等议题, 新疆、香港政策) is the
 * Hong Kong question, where the bare place name alone (在香港举行) would be no topic. Stateless.
 */
final class HongKongAmongIssues {

    static final String TOPIC = "hong-kong";
    private static final String ISSUE = "(?:涉疆|涉藏|涉台|新疆|西藏|台湾)";
    private static final Pattern LISTED = Pattern.compile(
            "香港[、和与及]" + ISSUE + "|" + ISSUE + "[、和与及]香港");

    private HongKongAmongIssues() {
    }

    /** Whether the (lower-cased) text lists Hong Kong next to Taiwan, Xinjiang or Tibet. */
    static boolean listed(String text) {
        return LISTED.matcher(text).find();
    }
}
