package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Where a protest names one side, a state that the reported words holding it open on is the other side, though
 * the word of protest comes clauses later: the one protested against ("中国商务部发言人高峰…表示，美国现在倾向于
 * “以莫须有的罪名…毫无事实和法律依据…”") or the one protesting ("继…针对中国船只…提出外交抗议后，陆辛4月7日表示，
 * 菲律宾已再次提出外交抗议"). Stateless.
 */
final class ReportedWordsSubject {

    /** The verb of saying that opens the protester's words. */
    private static final Pattern SAYING = Pattern.compile("(?:称|表示|说|指出|回应)[，,：:]?[「“\"]?$");

    private ReportedWordsSubject() {
    }

    /** Adds to a protest that names one side alone the state its reported words open on. */
    static void addTo(Actors actors, EventType type, Sentence sentence, TriggerMatch match) {
        if (type != EventType.PROTEST || actors.size() != 1 || actors.countries().isEmpty()) {
            return;
        }
        String s = sentence.text();
        String protester = actors.countries().iterator().next();
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (at >= match.start()) {
                return;
            }
            if (m.kind() == Mention.Kind.COUNTRY && !m.key().equals(protester)
                    && SAYING.matcher(s.substring(0, at)).find()) {
                actors.countries().add(m.key());
                return;
            }
        }
    }
}
