package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;

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

    /** Whether a visit trigger is a verb of going with no office holder but ambassadors among the actors. */
    static boolean noVisit(String sentence, TriggerMatch match, Actors actors) {
        return GOING.matcher(sentence.substring(match.start(), match.end())).matches()
                && actors.persons().values().stream()
                .noneMatch(p -> p.position().isPresent() && !p.position().equals(AMBASSADOR));
    }
}
