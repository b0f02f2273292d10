package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "他的首次海外出访的第一站为沙乌地阿拉伯", "蓬佩奥访问的第一站是东京": the place a trip's stop is named as is
 * a country visited, though the trigger reads as a modifier (出访的…). Stateless.
 */
final class FirstStop {

    private static final Pattern STOP = Pattern.compile("\\A的?(?:第一站|首站|第二站|最后一站|下一站)(?:为|是|将是)");

    private FirstStop() {
    }

    /** The country (or its capital) a visit trigger's stop is said to be. */
    static Optional<String> host(Sentence sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.VISIT) {
            return Optional.empty();
        }
        Matcher stop = STOP.matcher(sentence.text().substring(match.end()));
        if (!stop.find()) {
            return Optional.empty();
        }
        int placeAt = sentence.start() + match.end() + stop.end();
        return sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY && m.start() == placeAt)
                .map(Mention::key).findFirst();
    }
}
