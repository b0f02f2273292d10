package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "面对新冠肺炎疫情，中牙守望相助", "面对世纪疫情和百年变局，中新关系发展势头良好", "在新冠疫情等复杂外部环境下，俄中双边贸易
 * 实现逆势增长": a clause naming what the sides faced, or the setting their ties grew in, frames what follows; it
 * is not a matter the contact discussed. Stateless.
 */
final class FacedAdversity {

    private static final Pattern FACING = Pattern.compile("^(?:[（(][^）)]*[）)])?\\s*(?:面对|面临)");
    private static final Pattern SETTING =
            Pattern.compile("^(?:[（(][^）)]*[）)])?\\s*在.*(?:环境|形势|背景|情况|条件)下$");

    private FacedAdversity() {
    }

    /** Whether the clause {@code text[from, to)} opens with 面对 or names a setting (在…环境下). */
    static boolean frames(String text, int from, int to) {
        String clause = text.substring(from, to).strip();
        return FACING.matcher(clause).lookingAt() || SETTING.matcher(clause).matches();
    }
}
