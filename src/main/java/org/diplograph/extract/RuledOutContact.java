package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "不过不会安排与拜登总统进行双边会谈", "拜登与习近平不会在气候峰会上进行双边会谈": a contact that is not arranged
 * or held, the negation standing before the verb that arranges or holds it, far from the trigger, is no event.
 * Stateless.
 */
final class RuledOutContact {

    /**
     * The negation may stand a few words before the verb (不会在气候峰会上进行, 不会再与特朗普进行), though not
     * across a phrase of its own (在没有得到授权的情况下安排); 未 only right before it (not 未来, 雷克雅未克).
     */
    private static final Pattern RULED_OUT = Pattern.compile(
            "(?:(?:不会|没有|并未|不打算)[^，。；的]{0,12}?|未)(?:安排|举行|进行|计划)[^，。；]*$");

    private RuledOutContact() {
    }

    /** Whether the clause before a trigger rules out the contact it names. */
    static boolean named(String clauseBefore) {
        return RULED_OUT.matcher(clauseBefore).find();
    }
}
