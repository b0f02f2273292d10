package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
                if (mentionedAsSubject(lower, trigger.toLowerCase(Locale.ROOT))) {
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

    /**
     * Whether the trigger occurs other than as the portfolio of a ministry or minister (卫生部长,
     * 能源部, 卫生大臣, 国家安全顾问): an office says who took part, not what was discussed. Nor is
     * security the subject where it names a law (香港国家安全法 is the Hong Kong topic's).
     */
    private static boolean mentionedAsSubject(String text, String trigger) {
        for (int at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
            int end = at + trigger.length();
            boolean law = trigger.endsWith("安全") && text.startsWith("法", end);
            if (!law && !MINISTRY.matcher(text).region(end, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MINISTRY = Pattern.compile("部(?!署|分|队|门)|大臣|署长|厅长|顾问|\\p{IsHan}{0,2}局长");
    private static final String COVID = "covid-19";
    private static final String HEALTH = "health";
}
