package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "拜登总统上任后的第一次会晤", "这是美国总统拜登就任以来…": a leader whose taking office marks the time the contact is
 * counted from is no participant of it. Stateless.
 */
final class TenureMark {

    /** Right after the name: an office at most, then taking office and since or after. */
    private static final Pattern TAKING_OFFICE = Pattern.compile(
            "\\A(?:总统|主席|首相|总理)?(?:自?[0-9一二三四五六七八九十]{1,2}月|上个月)?(?:上任|就任|就职|执政|当选)(?:后|以来|之后)");
    /** The tenure as a time mark: modifying the contact (上任后的第一次会晤) or in "这是…以来" (not "拜登上任后第一次和…通话"). */
    private static final Pattern MARK = Pattern.compile("\\A的");
    private static final Pattern THIS_IS = Pattern.compile("(?:这是|这将是|这也是|此为)[^，。；]*$");

    private TenureMark() {
    }

    /** Drops the persons named only as marking the time of a tenure (…上任后, …就任以来). */
    static void dropFrom(Actors actors, Sentence sentence) {
        for (Mention m : sentence.mentions()) {
            if (m.kind() != Mention.Kind.PERSON) {
                continue;
            }
            String after = sentence.text().substring(m.end() - sentence.start());
            Matcher tenure = TAKING_OFFICE.matcher(after);
            if (tenure.find() && (MARK.matcher(after.substring(tenure.end())).find()
                    || THIS_IS.matcher(sentence.text().substring(0, m.start() - sentence.start())).find())
                    && sentence.mentions().stream()
                    .noneMatch(o -> o != m && o.kind() == Mention.Kind.PERSON && o.key().equals(m.key())
                            && !TAKING_OFFICE.matcher(sentence.text().substring(o.end() - sentence.start())).find())) {
                actors.persons().remove(m.key());
            }
        }
    }
}
