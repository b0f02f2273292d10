package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "峰会后的联合声明中说：…", "会谈后发表的联合声明": a joint statement issued after a meeting is that of the
 * meeting's sides, whom the sentence need not name again. Stateless.
 */
final class JointStatementAfterContact {

    private static final Pattern AFTER_CONTACT = Pattern.compile(
            "(?:峰会|会谈|会晤|会面|会议|会)(?:结束)?(?:后|之后)[^，。；：《]{0,8}?(?:《[^》]{0,40}?)?联合(?:声明|公报)");

    private JointStatementAfterContact() {
    }

    /** Whether the statement {@code match} is a joint one told as issued after a contact. */
    static boolean afterContact(String sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.STATEMENT) {
            return false;
        }
        // The trigger may be the statement itself or what it says (联合声明中说).
        Matcher m = AFTER_CONTACT.matcher(sentence).region(0, match.end());
        while (m.find()) {
            if (m.end() > match.start()) {
                return true;
            }
        }
        return false;
    }

    /** The last contact reported before, whose sides issued the statement. */
    static Optional<Candidate> contact(List<Candidate> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).type().consultation()) {
                return Optional.of(before.get(i));
            }
        }
        return Optional.empty();
    }
}
