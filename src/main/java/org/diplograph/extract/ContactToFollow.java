package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "中方敦促美方按照两国元首除夕通话精神…努力": a contact whose spirit or consensus the sides are urged to follow has
 * taken place; the wish is about following it, not about the contact. Stateless.
 */
final class ContactToFollow {

    /** 按照, 落实 or 遵循 a few words before the trigger, in its clause. */
    private static final Pattern FOLLOW = Pattern.compile("(?:按照|落实|遵循|本着|秉持)[^，。；]{0,12}$");
    /** What the contact left: its spirit or the consensus reached at it. */
    private static final Pattern LEGACY = Pattern.compile("\\A(?:的)?(?:精神|达成的[^，。；]{0,4}?共识)");

    private ContactToFollow() {
    }

    /** Whether the trigger names a contact whose spirit or consensus its clause says to follow. */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type().conversation()
                && FOLLOW.matcher(sentence.substring(Clauses.start(sentence, match.start()), match.start())).find()
                && LEGACY.matcher(sentence.substring(match.end())).find();
    }
}
