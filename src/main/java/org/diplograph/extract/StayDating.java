package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "本月，他访问了阿联酋、印度和孟加拉国…在新德里期间，克里会见了俄罗斯外长拉夫罗夫": a contact that happened
 * during a stay in a country (在新德里期间, 在印度访问期间) and that nothing else dates falls in the period (本月,
 * 4月) of the visit to that country the article reported before, by the same visitor's state. A visit dated to
 * the day gives no date: it tells the day of arrival, not which day of the stay the contact took. Stateless.
 */
final class StayDating {

    private static final Pattern DURING_STAY = Pattern.compile("在([^，。；在]{1,12}?)(?:访问)?期间");

    private StayDating() {
    }

    /** The date of the visit the trigger's stay frame points to, if it has one. */
    static Optional<DateMention> visitDate(Sentence sentence, TriggerMatch match, Actors actors, EventStatus status,
                                           List<Candidate> before) {
        if (!match.trigger().type().conversation() || status != EventStatus.OCCURRED) {
            return Optional.empty();
        }
        Matcher stay = DURING_STAY.matcher(sentence.text().substring(0, match.start()));
        if (!stay.find()) {
            return Optional.empty();
        }
        int from = sentence.start() + stay.start(1);
        int to = sentence.start() + stay.end(1);
        Optional<String> place = sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY && m.start() >= from && m.end() <= to)
                .map(Mention::key).findFirst();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        String host = place.get();
        return before.stream()
                .filter(c -> c.type() == EventType.VISIT && c.host().equals(place) && c.date().isPresent()
                        && c.actors().countries().stream().anyMatch(x -> !x.equals(host)
                        && actors.countries().contains(x)))
                .reduce((first, second) -> second)
                .flatMap(Candidate::date).filter(DateMention::vague);
    }
}
