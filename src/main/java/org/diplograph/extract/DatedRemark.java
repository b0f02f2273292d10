package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The day of an undated statement whose issuer the text has just quoted with a date: "7月13日，美国国务卿
 * 蓬佩奥曾表示，中国在南海的领土声索“完全不合法”。…蓬佩奥发表声明指，中国正以“霸凌”方式…" tells the words
 * of that day again, now as the statement they were made in. Stateless.
 */
final class DatedRemark {

    /** How many sentences back the dated remark may lie. */
    private static final int REACH = 2;
    /** The speaker's verb right after the name: "蓬佩奥曾表示", "蓬佩奥说". */
    private static final Pattern SPEAKING = Pattern.compile("\\A[^，。；]{0,4}?(?:表示|说|称|指出|强调)");

    private DatedRemark() {
    }

    /** {@code c} dated by its issuer's dated remark just before, when it is an undated statement. */
    static Candidate dated(Candidate c, AnalyzedText text, Sentence sentence, LocalDate reference) {
        Set<String> speakers = c.actors().persons().keySet();
        if (c.type() != EventType.STATEMENT || c.date().isPresent() || speakers.isEmpty()) {
            return c;
        }
        List<Sentence> sentences = text.sentences();
        for (int i = sentence.index() - 1; i >= Math.max(0, sentence.index() - REACH); i--) {
            Optional<DateMention> day = remarkDay(text.text(), sentences.get(i), speakers, reference);
            if (day.isPresent()) {
                return c.withDate(day);
            }
        }
        return c;
    }

    /** The day stated before one of {@code speakers} speaks in {@code earlier}, if it states one. */
    private static Optional<DateMention> remarkDay(String text, Sentence earlier, Set<String> speakers,
                                                   LocalDate reference) {
        for (Mention m : earlier.mentions()) {
            if (m.kind() == Mention.Kind.PERSON && speakers.contains(m.key())
                    && SPEAKING.matcher(text.substring(m.end(), earlier.end())).find()) {
                return DateResolver.find(text, earlier.start(), m.start(), reference, false).stream()
                        .filter(d -> !d.dateline() && !d.vague())
                        .reduce((first, second) -> second);
            }
        }
        return Optional.empty();
    }
}
