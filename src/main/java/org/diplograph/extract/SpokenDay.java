package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "米舒斯京表示，今天我率俄罗斯政府…同习近平主席会见": 今天 in someone's reported words is the day they
 * spoke, which need not be the day of the report (a speech given at the meeting of the 21st, broadcast
 * on the 22nd). It dates nothing by itself: the event takes the day told elsewhere, and else the day of
 * the report, as 今天 would. 昨天 and 明天 stay: undated, they would fall back on the wrong day. Stateless.
 */
final class SpokenDay {

    private static final Pattern TODAY = Pattern.compile("今天|今日|今晨|今晚");
    /** The speaker's verb and the comma that opens the words reported (米舒斯京表示，). */
    private static final Pattern REPORTED_WORDS = Pattern.compile("(?:表示|说|指出|强调|认为)[，,:：]");

    private SpokenDay() {
    }

    /** Whether {@code date} is 今天 inside words the sentence reports someone said. */
    static boolean inReportedWords(String text, Sentence sentence, DateMention date) {
        if (!TODAY.matcher(text.substring(date.start(), date.end())).matches()) {
            return false;
        }
        String before = text.substring(sentence.start(), date.start());
        return REPORTED_WORDS.matcher(before).find() || quoted(before);
    }

    /** Whether an opening quotation mark before is still open. */
    private static boolean quoted(String before) {
        int open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
        int close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('」'));
        return open > close;
    }
}
