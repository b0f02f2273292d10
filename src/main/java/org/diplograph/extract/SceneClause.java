package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * A clause framed as the moment, the setting or the cause of what follows (在美中关系恶化加剧使韩国处在棘手的地缘政治环境之际,
 * 在冠状病毒疫情和…轻蔑言论阴影下, 在新冠疫情等复杂外部环境下, 但受到2019冠状病毒疾病（COVID-19）疫情影响而延期), or
 * naming what the sides faced (面对新冠肺炎疫情，中牙守望相助): however long the frame, what it holds sets the scene
 * and is not what the contact discussed. Stateless.
 */
final class SceneClause {

    /** A dateline before the frame ((法新社华盛顿8日电) 在…阴影下) is no part of it. */
    private static final Pattern MOMENT = Pattern.compile("^(?:[（(][^）)]*[）)])?\\s*(?:(?:在|正值|正当).*(?:之际|之时|阴影下)"
            + "|在.*(?:环境|形势|背景|情况|条件)下)$");
    private static final Pattern FACING = Pattern.compile("^(?:[（(][^）)]*[）)])?\\s*(?:面对|面临)");
    private static final Pattern CAUSE_OPENS = Pattern.compile("^(?:但|却|也|并|而|均|都)?(?:受到?|由于|因为?)");
    private static final Pattern CAUSE_CLOSES = Pattern.compile("影响|冲击");

    private SceneClause() {
    }

    /**
     * Whether the clause {@code text[from, to)} holding a trigger at {@code text[at, end)} opens with 在 and closes
     * with 之际, 之时, 阴影下 or 环境下, opens with 面对, or opens with 受 or 由于 and names an 影响 after the trigger.
     */
    static boolean frames(String text, int from, int at, int end, int to) {
        String clause = text.substring(from, to).strip();
        return MOMENT.matcher(clause).matches() || FACING.matcher(clause).lookingAt()
                || CAUSE_OPENS.matcher(text.substring(from, at).strip()).lookingAt()
                && CAUSE_CLOSES.matcher(text.substring(end, to)).find();
    }
}
