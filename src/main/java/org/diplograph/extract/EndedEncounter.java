package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "蓬佩奥在与印度外长与防长结束会晤後表示…": a meeting or talks whose end frames what the sentence reports
 * is the time of that news, not its subject; the article tells the encounter itself where it reports it.
 * Stateless.
 */
final class EndedEncounter {

    /** 在 opening the frame, 结束 right before the trigger. */
    private static final Pattern ENDING = Pattern.compile("在[^，。；]*结束$");
    /** 后 or 之后 closing the frame right after the trigger. */
    private static final Pattern AFTER = Pattern.compile("\\A(?:之?后|後)");

    private EndedEncounter() {
    }

    /** Whether the trigger names an encounter by its end, as the time of the news. */
    static boolean framesNews(String sentence, TriggerMatch match) {
        return match.trigger().type().encounter()
                && ENDING.matcher(sentence.substring(Clauses.start(sentence, match.start()), match.start())).find()
                && AFTER.matcher(sentence.substring(match.end())).find();
    }
}
