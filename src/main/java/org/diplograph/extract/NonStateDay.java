package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "TikTok于周一提起诉讼，指责美国政府…。政府还关闭了中国驻休斯敦领馆": a day the sentence before gives to what a
 * company, a court or a crowd did names no state's act, and so does not date the next sentence's. Stateless.
 */
final class NonStateDay {

    /** A clause that holds nothing but a date: "19日，萨巴格访问伊朗" tells its act in the next clause. */
    private static final Pattern DATE_ONLY = Pattern.compile("[\\p{IsHan}\\d]{0,12}(?:日|天|周.|星期.)");

    /** Words that speak of states without naming them: 两国边防部队, 双方, 政府. */
    private static final Pattern STATE_WORDS = Pattern.compile("两国|双方|两军|政府|当局|外交部|国务院|总统|总理|首相|外长");

    private NonStateDay() {
    }

    /** Whether the clause of {@code date} (or the one after a clause of the date alone) names or speaks of no state. */
    static boolean of(Sentence sentence, DateMention date) {
        String s = sentence.text();
        int at = date.start() - sentence.start();
        int from = Clauses.start(s, at);
        int to = Clauses.end(s, at);
        if (DATE_ONLY.matcher(s.substring(from, to)).matches() && to < s.length()) {
            to = Clauses.end(s, to + 1);
        }
        int clauseFrom = sentence.start() + from;
        int clauseTo = sentence.start() + to;
        return !STATE_WORDS.matcher(s.substring(from, to)).find() && sentence.mentions().stream().noneMatch(m -> m.kind() != Mention.Kind.NEWS_AGENCY
                && m.start() >= clauseFrom && m.start() < clauseTo);
    }
}
