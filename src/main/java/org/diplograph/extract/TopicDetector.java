package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Topic;

/** Finds the lexicon's topics in text by their trigger words. Thread-safe. */
final class TopicDetector {

    private final List<Topic> topics;

    TopicDetector(Lexicon lexicon) {
        this.topics = List.copyOf(lexicon.topics());
    }

    /** Topic keys whose triggers occur in the text, in the lexicon's order. */
    List<String> detect(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (Topic topic : topics) {
            for (String trigger : topic.triggers()) {
                if (lower.contains(trigger.toLowerCase(Locale.ROOT))) {
                    found.add(topic.key());
                    break;
                }
            }
        }
        if (found.contains(COVID)) {
            // Health talk next to COVID-19 (公共卫生, 医疗) is about the pandemic.
            found.remove(HEALTH);
        }
        return found;
    }

    private static final String COVID = "covid-19";
    private static final String HEALTH = "health";
}
