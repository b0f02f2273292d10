package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "越南作为轮值主席表现不俗，今年4月成功地组织了东盟与中、日、韩高官视讯会议": the state said to hold the rotating
 * chair before a summit its sentence reports chairs that summit, though it is the subject of another clause.
 * Stateless.
 */
final class RotatingChair {

    /** Right after the state's name: "作为轮值主席", "作为2020年度东盟轮值主席国". */
    private static final Pattern AS_CHAIR = Pattern.compile("\\A作为[^，。；]{0,14}?轮值主席");

    private RotatingChair() {
    }

    /** Adds to a summit the state its sentence names as the rotating chair before the trigger. */
    static void addTo(Actors actors, EventType type, Sentence sentence, TriggerMatch match) {
        if (type != EventType.SUMMIT) {
            return;
        }
        String s = sentence.text();
        for (Mention m : sentence.mentions()) {
            int after = m.end() - sentence.start();
            if (m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.CAPITAL && after < match.start()
                    && AS_CHAIR.matcher(s.substring(after, match.start())).find()) {
                actors.countries().add(m.key());
            }
        }
    }
}
