package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Going to a country (前往印尼, 赴斯洛文尼亚, 抵达俄罗斯) is a visit when an office holder goes there
 * ("菅义伟10月20日前往印尼"), not when a private person or a trade mission does ("拿着假护照前往日本",
 * "考察团赴贝里斯考察"), nor when an ambassador goes to take up the post ("新任中国驻美国大使秦刚预计将于七月底
 * 前往华盛顿", "美国驻俄罗斯大使…已于6月24日抵达俄罗斯，重返岗位"). Stateless.
 */
final class OfficialJourney {

    /** Verbs of going that say nothing of the trip's purpose, unlike 访问 or 出访. */
    private static final Pattern GOING = Pattern.compile("前往|赴|抵达");
    private static final Optional<String> AMBASSADOR = Optional.of("ambassador");

    private OfficialJourney() {
    }

    /**
     * Whether a visit trigger is a verb of going with no office holder but ambassadors among the actors,
     * nor an office named without its holder's name as the one who goes ("韩国副外长原定本周末前往德黑兰").
     */
    static boolean noVisit(Sentence sentence, TriggerMatch match, Actors actors) {
        String s = sentence.text();
        return GOING.matcher(s.substring(match.start(), match.end())).matches()
                && actors.persons().values().stream()
                .noneMatch(p -> p.position().isPresent() && !p.position().equals(AMBASSADOR))
                && !officeGoes(sentence, match);
    }

    /** An office of a state (韩国副外长), not an ambassador's, named in the clause before the verb of going. */
    private static boolean officeGoes(Sentence sentence, TriggerMatch match) {
        int clauseStart = sentence.start() + Clauses.start(sentence.text(), match.start());
        int verb = sentence.start() + match.start();
        return sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.POSITION
                && m.start() >= clauseStart && m.end() <= verb && m.country().isPresent()
                && !m.position().equals(AMBASSADOR));
    }
}
