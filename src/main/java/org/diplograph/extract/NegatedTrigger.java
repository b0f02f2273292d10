package org.diplograph.extract;

/**
 * "板门店非军事区", "维持南海非军事化": a trigger word under the prefix 非 names the absence of what it names
 * (a zone without troops, keeping a sea free of arms), not talk of it. Stateless.
 */
final class NegatedTrigger {

    private NegatedTrigger() {
    }

    /** Whether the trigger that starts at {@code at} of the text is negated by 非 right before it. */
    static boolean negated(String text, int at) {
        return at > 0 && text.charAt(at - 1) == '非';
    }
}
