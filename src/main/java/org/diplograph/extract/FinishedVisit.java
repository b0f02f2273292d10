package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "结束出访印度后，蓬佩奥10月27日抵达斯里兰卡": a visit whose end opens the sentence, its visitor left to the
 * subject of the clause after it. That subject is the visitor; the places the rest of the sentence names
 * are the next stop of the trip, not sides of the visit that ended. Stateless.
 */
final class FinishedVisit {

    /** 结束 before the trigger in its clause (结束出访, 结束对韩国的访问). */
    private static final Pattern ENDING = Pattern.compile("结束[^，。；]*$");
    /** 后 closing the clause a few characters after the trigger (出访印度后, 访问之后). */
    private static final Pattern AFTER = Pattern.compile("\\A[^，。；]{0,12}?(?:之?后|後)[，,]");

    private FinishedVisit() {
    }

    /**
     * Keeps to the host and the sides named between the end of the leading clause and the next trigger,
     * where the leading clause names no visitor of its own.
     */
    static void keepVisitor(Actors actors, String text, Sentence sentence, TriggerMatch match, String host,
                            List<TriggerMatch> triggers) {
        String s = sentence.text();
        if (match.trigger().type() != EventType.VISIT
                || !ENDING.matcher(s.substring(Clauses.start(s, match.start()), match.start())).find()
                || !AFTER.matcher(s.substring(match.end())).find()) {
            return;
        }
        int clauseStart = sentence.start() + Clauses.start(s, match.start());
        int clauseEnd = Clauses.end(s, match.end());
        int subjectFrom = sentence.start() + clauseEnd + 1;
        int subjectTo = sentence.start() + triggers.stream().filter(t -> t.start() > clauseEnd)
                .mapToInt(TriggerMatch::start).min().orElse(Clauses.end(s, clauseEnd + 1));
        Set<String> own = new TreeSet<>();
        Set<String> subject = new TreeSet<>();
        for (Mention m : sentence.mentions()) {
            if (m.start() >= clauseStart && m.start() < sentence.start() + clauseEnd) {
                m.state().ifPresent(own::add);
            } else if (m.start() >= subjectFrom && m.start() < subjectTo) {
                m.state().ifPresent(subject::add);
            }
        }
        own.remove(host);
        subject.remove(host);
        if (!own.isEmpty() || subject.isEmpty()) {
            return;
        }
        subject.add(host);
        actors.countries().retainAll(subject);
        actors.countries().addAll(subject);
        actors.persons().values().removeIf(p -> p.country().map(c -> !subject.contains(c)).orElse(false));
    }
}
