package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Going to a country (前往印尼, 赴斯洛文尼亚, 抵达俄罗斯) is a visit when an office holder goes there
 * ("菅义伟10月20日前往印尼"), not when a private person or a trade mission does ("拿着假护照前往日本",
 * "考察团赴贝里斯考察"), nor when an ambassador goes to take up the post ("新任中国驻美国大使秦刚预计将于七月底
 * 前往华盛顿", "美国驻俄罗斯大使…已于6月24日抵达俄罗斯，重返岗位"). An office named without its holder's
 * name before the verb (韩国副外长原定本周末前往德黑兰) is an office holder going. Stateless.
 */
final class OfficialJourney {

    /** Verbs of going that say nothing of the trip's purpose, unlike 访问 or 出访. */
    private static final Pattern GOING = Pattern.compile("前往|赴|抵达");
    private static final Optional<String> AMBASSADOR = Optional.of("ambassador");

    private OfficialJourney() {
    }

    /** Whether a visit trigger is a verb of going with no office holder but ambassadors among the actors. */
    static boolean noVisit(Sentence sentence, TriggerMatch match, Actors actors) {
        String s = sentence.text();
        return GOING.matcher(s.substring(match.start(), match.end())).matches()
                && actors.persons().values().stream()
                .noneMatch(p -> p.position().isPresent() && !p.position().equals(AMBASSADOR))
                && !officeBefore(sentence, match);
    }

    /** An office other than an ambassador's named in the trigger's clause, before it, by itself. */
    private static boolean officeBefore(Sentence sentence, TriggerMatch match) {
        int from = sentence.start() + Clauses.start(sentence.text(), match.start());
        int to = sentence.start() + match.start();
        return sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.POSITION
                && m.start() >= from && m.end() <= to && !m.position().equals(AMBASSADOR)
                && sentence.mentions().stream().noneMatch(p -> p.kind() == Mention.Kind.PERSON && p.start() == m.end()));
    }
}
