package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An act named as the point in time before which the news happened: "在蓬佩奥抵达前，…发声明抗议",
 * "卡特勒在会晤前表示", "在习近平和普京举行视频会晤前，…". The act is the frame, not what the sentence
 * reports; where it took place, the article reports it in a sentence of its own. A frame that tells of
 * a plan ("在中美高级外交官员计划举行…第一次会晤之前") does report that plan. Stateless.
 */
final class ReferencePoint {

    /** 在 opening the frame in the trigger's clause. */
    private static final Pattern FRAME_OPENS = Pattern.compile("在[^，。；]*$");
    /** 前 or 之前 closing it right after the trigger (not 前往, 前进, 前任). */
    private static final Pattern FRAME_CLOSES = Pattern.compile("\\A之?前(?![往进任])");

    private ReferencePoint() {
    }

    /** Whether the trigger names the act a 在…前 frame dates the news by, other than a planned one. */
    static boolean frames(String sentence, TriggerMatch match) {
        if (!FRAME_CLOSES.matcher(sentence.substring(match.end())).find()) {
            return false;
        }
        Matcher frame = FRAME_OPENS.matcher(sentence.substring(0, match.start()));
        return frame.find() && !EventDating.PLANNED.matcher(frame.group()).find();
    }
}
