package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "在中美高级外交官员计划举行拜登总统上任后的第一次会晤之前，美国周三宣布了…": a contact still planned that a
 * 在…之前 frame names dates the news of the main clause, which comes before it; the main clause's day is the
 * news's, not the contact's. Stateless.
 */
final class PlanBeforeNews {

    /** The frame opens the clause, after a dateline at most (首尔——在…之前). */
    private static final Pattern BEFORE_FRAME = Pattern.compile("\\A(?:[^，。；]{1,8}——)?在[^，。；]*之?前\\z");

    private PlanBeforeNews() {
    }

    /** Whether the date lies outside the 在…之前 clause that holds the trigger. */
    static boolean datesNews(Sentence sentence, DateMention date, int triggerAt) {
        String s = sentence.text();
        int trigger = triggerAt - sentence.start();
        int clause = Clauses.start(s, trigger);
        int clauseEnd = Clauses.end(s, trigger);
        int at = date.start() - sentence.start();
        return (at < clause || at >= clauseEnd) && BEFORE_FRAME.matcher(s.substring(clause, clauseEnd)).find();
    }
}
