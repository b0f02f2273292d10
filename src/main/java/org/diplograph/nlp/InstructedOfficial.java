package org.diplograph.nlp;

import java.util.regex.Pattern;

/**
 * "外交部长吴钊燮立即指示亚太司长曾瑞利致电…": an official whom another instructs or sends (指示, 派, 责成)
 * serves the government of the one who gives the order. Stateless.
 */
public final class InstructedOfficial {

    /** Verbs of instructing or sending another to act (not the 派 of 派对). */
    public static final String ORDER_VERBS = "指示|指派|派遣|委派|派(?!对)|责成|授权";
    /** The order and the title of the one who carries it out (立即指示亚太司长). */
    private static final Pattern ORDER = Pattern.compile(
            "(?:立即|随即|即|亲自|特别|特地)?(?:" + ORDER_VERBS + ")[\\p{IsHan}]{0,10}");

    private InstructedOfficial() {
    }

    /** Whether {@code first} gives the order that {@code second}, named with a title right after it, carries out. */
    static boolean instructs(String text, Mention first, Mention second) {
        return first.end() <= second.start()
                && ORDER.matcher(TitleJoinedAfter.gap(text, first, second)).matches();
    }
}
