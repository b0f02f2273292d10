package org.diplograph.nlp;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "澳洲外交部长潘恩(Marise Payne)与防长雷诺兹": a bare title joined by 与 right after an official of a
 * named country is an official of the same country; news names the country of a counterpart from
 * another one (与俄罗斯外长拉夫罗夫). Only another office than the first's, one that a government has
 * once: 外长王毅与外长萨迪克 are counterparts, and 部长 or 官员 may be anyone's. Only this direction: a
 * bare title before 与 and a foreign official says nothing of whose it is. Stateless.
 */
final class TitleJoinedAfter {

    /** An original spelling in brackets as it follows a name: (Marise Payne). */
    private static final Pattern ORIGINAL_SPELLING = Pattern.compile("\\A\\s*[（(][^）)]{1,60}[）)]");
    /** 与 and the next person's title (与防长). */
    private static final Pattern JOINED_TITLE = Pattern.compile("与[\\p{IsHan}]{1,10}");

    /** Offices a government has many of. */
    private static final Set<String> MANY_HOLD = Set.of("official", "minister", "ambassador", "special-envoy",
            "spokesperson", "chairman", "governor", "mayor");

    private TitleJoinedAfter() {
    }

    /** Whether {@code second} is the official whose title 与 joins right after {@code first}. */
    static boolean joins(String text, Mention first, Mention second) {
        boolean anotherOffice = second.position().filter(p -> !MANY_HOLD.contains(p))
                .filter(p -> !first.position().equals(second.position())).isPresent();
        return anotherOffice && first.end() <= second.start()
                && JOINED_TITLE.matcher(gap(text, first, second)).matches();
    }

    /** The text between two persons, without the original spelling glossed after the first. */
    static String gap(String text, Mention first, Mention second) {
        return ORIGINAL_SPELLING.matcher(text.substring(first.end(), second.start())).replaceFirst("");
    }
}
