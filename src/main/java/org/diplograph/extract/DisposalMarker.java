package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "将24家中国公司列入实体名单": 将 that brings the object before the verb of listing is the written 把, not the
 * future "will" (将于下周…, 将把…列入 still are): what it tells has been done. Stateless.
 */
final class DisposalMarker {

    /** The verbs that take their object before them after 将: listing someone on a list. */
    private static final Pattern LISTING = Pattern.compile("\\A(?:列入|列为)");
    /** 将 and the object it brings before the verb, up to the trigger; not 将于, 将会, 将要, 将把, 将对. */
    private static final Pattern OBJECT_BROUGHT = Pattern.compile("(?:已经?|已)?将(?![于会要把对在])[^将把，。；]{1,30}$");

    private DisposalMarker() {
    }

    /**
     * The clause before the trigger without the 将 that brings the object of a listing trigger, so that only words
     * of the future are read as such.
     */
    static String withoutDisposal(String clauseBefore, String sentence, TriggerMatch match) {
        if (!LISTING.matcher(sentence.substring(match.start(), match.end())).lookingAt()) {
            return clauseBefore;
        }
        return OBJECT_BROUGHT.matcher(clauseBefore).replaceFirst("");
    }
}
