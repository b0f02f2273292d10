package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "本周一（7日）中印边境45年来首传枪声，中国外交部称已通过外交和军事渠道提出严正交涉": a date in an earlier clause
 * that tells a happening of its own dates that happening; a trigger whose clause opens on a speaker of its own
 * (中国外交部称) is not dated by it. A clause that is only a date (7日，中国外交部称…) still dates what follows.
 * Stateless.
 */
final class OtherSubjectDate {

    /** The trigger's clause opens on its speaker: 中国外交部称, 发言人表示. */
    private static final Pattern SPEAKER = Pattern.compile("\\A[^，。；“”]{1,16}?(?:称|表示|说|指出|透露)");
    /** What a clause goes on with after its date when it tells something: a few characters of its own. */
    private static final Pattern HAPPENING = Pattern.compile("\\A[）)]?[^，。；]{4,}");

    private OtherSubjectDate() {
    }

    /** Whether {@code date}, in an earlier clause that tells a happening, is not the date of the trigger at {@code triggerAt}. */
    static boolean datesOther(Sentence sentence, DateMention date, int triggerAt) {
        String s = sentence.text();
        int at = date.start() - sentence.start();
        int trigger = triggerAt - sentence.start();
        int clause = Clauses.start(s, trigger);
        if (at < 0 || at >= clause || !SPEAKER.matcher(s.substring(clause, trigger)).find()) {
            return false;
        }
        int speakerAt = sentence.start() + clause;
        boolean named = sentence.mentions().stream().anyMatch(m -> m.start() == speakerAt
                && m.kind() != Mention.Kind.NEWS_AGENCY);
        int dateClauseEnd = Clauses.end(s, at);
        return named && date.end() - sentence.start() <= dateClauseEnd
                && HAPPENING.matcher(s.substring(date.end() - sentence.start(), dateClauseEnd)).find();
    }
}
