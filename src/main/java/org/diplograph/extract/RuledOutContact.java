package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "不过不会安排与拜登总统进行双边会谈", "峰会没有安排任何双边会谈": a contact that is not arranged or held, the
 * negation standing before the verb that arranges or holds it, far from the trigger, is no event. Stateless.
 */
final class RuledOutContact {

    private static final Pattern RULED_OUT = Pattern.compile(
            "(?:不会|没有|并未|未|不打算)(?:安排|举行|进行|计划)[^，。；]*$");

    private RuledOutContact() {
    }

    /** Whether the clause before a trigger rules out the contact it names. */
    static boolean named(String clauseBefore) {
        return RULED_OUT.matcher(clauseBefore).find();
    }
}
