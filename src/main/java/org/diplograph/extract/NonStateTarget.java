package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "德国支持以色列的自卫权，并谴责哈马斯对以色列城市的…袭击": a condemnation aimed at an armed group or at terrorists
 * is no act between states; the state the group attacked is what the protest is about, not its target. Stateless.
 */
final class NonStateTarget {

    /** The object right after the protest verb: a group that is no state. */
    private static final Pattern GROUP = Pattern.compile(
            "\\A[^，。；]{0,4}?(?:哈马斯|真主党|塔利班|伊斯兰国|基地组织|胡塞|恐怖分子|恐怖组织|恐怖主义|武装分子|极端分子)");

    private NonStateTarget() {
    }

    /** Whether the protest trigger condemns a group that is no state. */
    static boolean condemned(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.PROTEST && GROUP.matcher(sentence.substring(match.end())).find();
    }
}
