package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "川普也曾表示希望邀请蒲亭到华府访问", "日本政府曾表示，有意邀请习近平以国宾身分访日": a government that says it
 * wishes to invite someone has extended the invitation, in the polite form of diplomacy, though a wish
 * before any other act (希望会晤, 有意访华) reports none. Stateless.
 */
final class WishToInvite {

    private static final Pattern WISH = Pattern.compile("(?:希望|有意)$");

    private WishToInvite() {
    }

    /** The clause before the trigger without the wish that, before an invitation, extends it. */
    static String withoutWish(EventType type, String clauseBefore) {
        return type == EventType.INVITATION ? WISH.matcher(clauseBefore).replaceFirst("") : clauseBefore;
    }
}
