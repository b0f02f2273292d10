package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "美国国务卿蓬佩奥强调，美国也将禁止四人…访美", "美国国务卿迈克·庞皮欧上周四表示，美国制裁是对…的回应": an official
 * of the imposing side who opens a sentence to speak of that side's measures explains its sanction, and
 * takes part in it. Stateless.
 */
final class SanctionExplained {

    /** The speech verb that closes the speaker's opening clause. */
    private static final Pattern SPEAKS = Pattern.compile("(?:表示|强调|说|称|指出)$");
    /** Right after the imposing side: its measure (美国制裁, 美国的制裁, 美国也将禁止). */
    private static final Pattern MEASURE = Pattern.compile("\\A[^，。；]{0,4}?(?:制裁|禁止|冻结)");
    /** How many sentences after the sanction's own its explanation may come. */
    private static final int REACH = 16;

    private SanctionExplained() {
    }

    /** Adds the official who explains the measures of a side to the latest sanction that side imposed. */
    static void join(Sentence sentence, List<Candidate> candidates) {
        String text = sentence.text();
        int opening = text.indexOf('，');
        if (opening < 0 || !SPEAKS.matcher(text.substring(0, opening)).find()) {
            return;
        }
        Optional<Mention> speaker = sentence.mentions().stream()
                .filter(m -> m.start() - sentence.start() < opening && m.kind() == Mention.Kind.PERSON
                        && m.country().isPresent() && m.position().isPresent())
                .findFirst();
        if (speaker.isEmpty()) {
            return;
        }
        String side = speaker.get().country().get();
        boolean ownMeasure = sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.COUNTRY
                && m.form() == Mention.Form.NAME && m.key().equals(side) && m.start() - sentence.start() > opening
                && MEASURE.matcher(text.substring(m.end() - sentence.start())).lookingAt());
        if (!ownMeasure) {
            return;
        }
        candidates.stream().filter(c -> c.type() == EventType.SANCTION && c.issuer().equals(Optional.of(side))
                        && c.sentence() < sentence.index() && sentence.index() - c.sentence() <= REACH)
                .reduce((first, second) -> second)
                .ifPresent(sanction -> sanction.actors().persons().putIfAbsent(speaker.get().key(),
                        new Participant(speaker.get().key(), speaker.get().position(), speaker.get().country())));
    }
}
