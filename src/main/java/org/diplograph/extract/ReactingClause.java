package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * Who reacts to an act is no side of it: "针对美国卫生部长艾萨访问台湾，今天并会晤总统蔡英文，中国外交部发言人
 * 赵立坚今天说…" and "艾萨9日抵达台湾展开3天的访问…，中方对此有何评论？" name China only as the one that
 * comments on the visit. A statement or protest is another matter: the side that answers it is often the
 * one it is about. Stateless.
 */
final class ReactingClause {

    /** A leading frame that makes what follows it a response: 针对…, 对于… (after a dateline, if any). */
    private static final Pattern RESPONSE_FRAME = Pattern.compile(
            "\\A(?:[（(][^）)]{0,30}电[）)]|[^，。；]{0,12}?\\d{1,2}日\\s*[-–—]\\s*)?\\s*(?:针对|对于)");
    /** A clause that takes up what was just said: "中方对此有何评论", "对此，美国国务院表示". */
    private static final Pattern ON_THIS = Pattern.compile("[，；,;]([^，。；,;]{0,8}?)对此");

    private static final Set<EventType> CONTACTS = Set.of(EventType.MEETING, EventType.TALKS, EventType.VISIT,
            EventType.PHONE_CALL);

    private ReactingClause() {
    }

    /**
     * Offset in the analysed text from which the sentence's mentions react to the contact of a trigger
     * ending at {@code triggerEnd}, or the sentence's end.
     *
     * @param settingEnd where the sentence's leading adverbial clause ends, if the trigger is inside it; else −1
     */
    static int start(EventType type, Sentence sentence, int triggerEnd, int settingEnd) {
        int end = sentence.end();
        if (!CONTACTS.contains(type)) {
            return end;
        }
        if (settingEnd > triggerEnd && RESPONSE_FRAME.matcher(sentence.text()).find()) {
            end = settingEnd;
        }
        Matcher m = ON_THIS.matcher(sentence.text()).region(Math.max(0, triggerEnd - sentence.start()),
                sentence.text().length());
        if (m.find()) {
            end = Math.min(end, sentence.start() + m.start(1));
        }
        return end;
    }
}
