package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Who lodges a protest, where the sentence tells whose words it reports: "意大利外交部表示，俄罗斯此举没有理由" and
 * "赵立坚称，英国…严重违背自身承诺" are the speaker's protests, though the side protested at is named right before
 * the trigger; "他在例行新闻发布会上称，…英方…，中方对此表示强烈谴责" is that of the side opening the trigger's
 * clause. Stateless.
 */
final class ProtestingVoice {

    /** The end of a clause that says whose words follow: "中国外交部发言人赵立坚周四称，". */
    private static final Pattern SAYS = Pattern.compile("(?:称|表示|说|指出|回应)[，,：:]");
    /** What may stand between a clause's subject and the trigger: an adverb or two and the matter referred back to. */
    private static final Pattern SHORT_PREDICATE = Pattern.compile("[^，。；、“”「」]{0,8}");
    /** A name after one of these is the side addressed or where the speaker is posted, not the speaker. */
    private static final String TOWARDS = "驻向对在";

    private ProtestingVoice() {
    }

    /**
     * The side of the speaker whose words the protest is told in, else the side that opens the trigger's clause.
     *
     * @param triggerStart offset of the trigger in {@code text}
     */
    static Optional<String> side(Actors actors, String text, Sentence sentence, int triggerStart) {
        return speaker(actors, text, sentence, triggerStart).or(() -> clauseSubject(actors, sentence, triggerStart));
    }

    private static Optional<String> speaker(Actors actors, String text, Sentence sentence, int triggerStart) {
        String s = sentence.text();
        Matcher says = SAYS.matcher(s).region(0, triggerStart - sentence.start());
        int saysEnd = -1;
        while (says.find()) {
            saysEnd = says.end();
        }
        if (saysEnd < 0) {
            return Optional.empty();
        }
        int from = sentence.start() + Clauses.start(s, saysEnd - 1);
        int to = sentence.start() + saysEnd;
        return sentence.mentions().stream()
                .filter(m -> m.start() >= from && m.end() <= to && m.form() != Mention.Form.CAPITAL
                        && (m.start() == sentence.start() || TOWARDS.indexOf(text.charAt(m.start() - 1)) < 0))
                .map(m -> m.kind() == Mention.Kind.COUNTRY ? Optional.of(m.key())
                        : m.kind() == Mention.Kind.NEWS_AGENCY ? Optional.<String>empty() : m.country())
                .flatMap(Optional::stream).filter(actors.countries()::contains).findFirst();
    }

    private static Optional<String> clauseSubject(Actors actors, Sentence sentence, int triggerStart) {
        String s = sentence.text();
        int clauseStart = Clauses.start(s, triggerStart - sentence.start());
        if (clauseStart == 0) {
            return Optional.empty();
        }
        int subjectAt = sentence.start() + clauseStart;
        return sentence.mentions().stream()
                .filter(m -> m.start() == subjectAt && m.kind() == Mention.Kind.COUNTRY
                        && m.form() != Mention.Form.CAPITAL && actors.countries().contains(m.key())
                        && SHORT_PREDICATE.matcher(s.substring(m.end() - sentence.start(),
                        triggerStart - sentence.start())).matches())
                .map(Mention::key).findFirst();
    }
}
