package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "继3月21日首度针对中国船只集结牛轭礁提出外交抗议后，陆辛4月7日表示，菲律宾已再次提出外交抗议": the act a leading
 * 继…后 clause tells is the one the main clause says was made again, so it was made by the same side, though the
 * frame names only what it was aimed at. Stateless.
 */
final class ActRepeatedAfterFrame {

    /** A leading frame that ends on the act: 继…提出外交抗议后, 继…之后. */
    private static final Pattern FRAME = Pattern.compile("\\A(?:另外|此外|同时)?[，,]?继[^，。；]*$");
    private static final Pattern FRAME_END = Pattern.compile("\\A[^，。；]{0,2}?(?:之后|以后|后)[，,]");
    /** The main clause tells the act again: 再次, 再度, 又. */
    private static final Pattern AGAIN = Pattern.compile("(?:再次|再度|又)[^，。；]{0,6}$");

    private ActRepeatedAfterFrame() {
    }

    /** Adds to the actors of a framed act the sides named before its repetition in the main clause. */
    static void addTo(Actors actors, EventType type, Sentence sentence, TriggerMatch match,
                      List<TriggerMatch> sentenceTriggers) {
        String s = sentence.text();
        if (!FRAME.matcher(s.substring(0, match.start())).find()
                || !FRAME_END.matcher(s.substring(match.end())).lookingAt()) {
            return;
        }
        int frameEnd = Clauses.end(s, match.end());
        for (TriggerMatch again : sentenceTriggers) {
            if (again.start() <= frameEnd || again.trigger().type() != type
                    || !AGAIN.matcher(s.substring(Clauses.start(s, again.start()), again.start())).find()) {
                continue;
            }
            int clauseStart = sentence.start() + Clauses.start(s, again.start());
            int at = sentence.start() + again.start();
            sentence.mentions().stream()
                    .filter(m -> m.kind() == Mention.Kind.COUNTRY && m.start() >= clauseStart && m.start() < at)
                    .forEach(m -> actors.countries().add(m.key()));
            return;
        }
    }
}
