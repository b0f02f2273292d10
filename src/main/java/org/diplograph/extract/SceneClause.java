package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * A clause framed from end to end as the moment of what follows (在美中关系恶化加剧使韩国处在棘手的地缘政治环境之际):
 * however long the frame, what it holds sets the scene and is not what the contact discussed. Stateless.
 */
final class SceneClause {

    private static final Pattern FRAME = Pattern.compile("^(?:在|正值|正当).*(?:之际|之时)$");

    private SceneClause() {
    }

    /** Whether the clause {@code text[from, to)} opens with 在 and closes with 之际 or 之时. */
    static boolean frames(String text, int from, int to) {
        return FRAME.matcher(text.substring(from, to).strip()).matches();
    }
}
