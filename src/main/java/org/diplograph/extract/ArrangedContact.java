package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "美日两国政府正在磋商举办美日韩3国外长会谈", "目前双方还在协调菅义伟与王毅之间的会谈": a contact its sides
 * are still arranging has not taken place; it is planned. Stateless.
 */
final class ArrangedContact {

    /**
     * Arranging in progress (正在磋商, 还在协调, 积极筹备) or arranging to hold (磋商举办, 筹备召开) before the
     * trigger in its clause; a bare 协调 or 磋商 may be what the sides did before they met.
     */
    private static final Pattern ARRANGING = Pattern.compile(
            "(?:(?:正在|仍在|还在|正|积极)(?:磋商|商讨|协商|商议|安排|筹备|筹划|协调|洽商|研商)"
                    + "|(?:磋商|商讨|协商|商议|筹备|筹划|洽商|研商)(?:举办|举行|召开))[^，。；]{0,20}$");

    private ArrangedContact() {
    }

    /** Whether the clause before a trigger tells of arranging the contact it names. */
    static boolean named(String clauseBefore) {
        return ARRANGING.matcher(clauseBefore).find();
    }
}
