package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "解振华与克里于4月15-16日在上海举行会谈后，双方发表联合声明": the date of a leading clause that ends in 后
 * is the day of what came before the event; the event itself followed on a day the text does not give,
 * unless it followed at once (昨天接获通知后，外交部长立即指示…致电). The other way round, a contact still
 * planned that a 在…之前 frame names ("在中美高级外交官员计划举行…第一次会晤之前，美国周三宣布了…") is not dated
 * by the news of the main clause, which comes before it. Stateless.
 */
final class EarlierEventDate {

    private static final Pattern AFTER = Pattern.compile("(?:后|之后|以后)$");
    /** A clause framed by what came before the act, or by what it comes before (after a dateline: 首尔——在…之前). */
    private static final Pattern PRIOR_ACT = Pattern.compile("在[^，。；]*(?:后|之后|以后)|(?:[^，。；]{1,8}——)?在[^，。；]*前");
    private static final Pattern AT_ONCE = Pattern.compile("立即|立刻|随即|当即|马上");

    private EarlierEventDate() {
    }

    /**
     * Whether the date lies in an earlier clause of the sentence that ends in 后, or outside the 在…后 or 在…前
     * clause of the trigger ("勒德里昂周三表示，…，在遭到中方抗议后，…": the protest came before what he said).
     */
    static boolean dates(Sentence sentence, DateMention date, int triggerAt) {
        String s = sentence.text();
        int at = date.start() - sentence.start();
        int trigger = triggerAt - sentence.start();
        int triggerClause = Clauses.start(s, trigger);
        int triggerClauseEnd = Clauses.end(s, trigger);
        if (at >= 0 && (at < triggerClause || at >= triggerClauseEnd)
                && PRIOR_ACT.matcher(s.substring(triggerClause, triggerClauseEnd)).matches()) {
            return true;
        }
        if (at < 0 || at >= trigger) {
            return false;
        }
        int clauseEnd = Clauses.end(s, at);
        return clauseEnd < Clauses.start(s, trigger) && AFTER.matcher(s.substring(at, clauseEnd)).find()
                && !AT_ONCE.matcher(s.substring(clauseEnd, trigger)).find();
    }
}
