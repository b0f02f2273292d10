package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "在美国前总统特朗普任期间，美国增加了对台军售…，更派遣高层级官员访问台湾": what a leader's whole term is said to
 * have brought sums up years of acts; it reports no one of them. Stateless.
 */
final class TenureSummary {

    /** A leading frame that spans a term of office. */
    private static final Pattern TERM = Pattern.compile("\\A在?[^，。；]{0,20}?(?:任期间|任内|任期内|执政期间|在任期间)[，,]");

    private TenureSummary() {
    }

    /** Whether the trigger comes after a frame spanning a term of office. */
    static boolean sumsUp(String sentence, TriggerMatch match) {
        Matcher m = TERM.matcher(sentence);
        return m.find() && match.start() >= m.end();
    }
}
