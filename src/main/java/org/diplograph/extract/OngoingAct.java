package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "捷克参议院主席维斯特奇尔30日率代表团抵台访问，正在德国访问的中国国务委员兼外长王毅表示…": an act told as going
 * on (正在…访问) goes on at the time of the report; a date in another clause that tells an act of its own
 * is that act's.
 * Stateless.
 */
final class OngoingAct {

    /** 正在 in the trigger's clause, before it. */
    private static final Pattern ONGOING = Pattern.compile("正在[^，。；]{0,12}$");

    private OngoingAct() {
    }

    /**
     * Whether {@code date}, outside the clause of an act told as going on, lies in a clause with a trigger of
     * its own: the date of that clause's act.
     */
    static boolean datesOtherAct(Sentence sentence, TriggerMatch match, DateMention date,
                                 List<TriggerMatch> triggers) {
        String s = sentence.text();
        int clause = Clauses.start(s, match.start());
        if (!ONGOING.matcher(s.substring(clause, match.start())).find()) {
            return false;
        }
        int dateClause = Clauses.start(s, date.start() - sentence.start());
        return dateClause != clause && triggers.stream().anyMatch(t -> t != match
                && Clauses.start(s, t.start()) == dateClause);
    }
}
