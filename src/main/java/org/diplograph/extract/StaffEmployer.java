package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "布林肯与拜登的国家安全顾问杰克·沙利文…会晤", "将担任拜登国家安全顾问的苏利文": a person named as the one
 * whose adviser, envoy or spokesperson acts is no participant; the staff member is. Nor is one named
 * elsewhere in the sentence only for the government that bears the name (拜登政府). Stateless.
 */
final class StaffEmployer {

    /** Titles of those who serve a leader rather than hold an office of their own. */
    private static final Set<String> STAFF_TITLES = Set.of("national-security-adviser", "special-envoy", "spokesperson");

    /** "拜登政府": the government named after its leader. */
    private static final Pattern ADMINISTRATION = Pattern.compile("政府|当局|内阁");

    private StaffEmployer() {
    }

    /** Drops the persons the sentence names only as the employers of staff. */
    static void dropFrom(Actors actors, String text, Sentence sentence) {
        for (Mention person : sentence.mentions()) {
            if (person.kind() == Mention.Kind.PERSON && employsOnly(text, sentence, person.key())) {
                actors.persons().remove(person.key());
            }
        }
    }

    private static boolean employsOnly(String text, Sentence sentence, String key) {
        return sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON && m.key().equals(key))
                .allMatch(m -> staffTitleAfter(text, sentence, m) || ADMINISTRATION.matcher(text)
                        .region(m.end(), text.length()).lookingAt());
    }

    private static boolean staffTitleAfter(String text, Sentence sentence, Mention person) {
        int at = person.end() < text.length() && text.charAt(person.end()) == '的' ? person.end() + 1 : person.end();
        return sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.POSITION && m.start() == at
                && STAFF_TITLES.contains(m.key()));
    }
}
