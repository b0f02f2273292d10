package org.diplograph.extract;

import java.util.List;
import org.diplograph.lexicon.Topic;

/**
 * A trigger word read as part of a longer trigger of another topic belongs to that topic only: 军售 in
 * 对台军售 is the Taiwan topic's, not a sign of military talk of its own. Stateless.
 */
final class LongerTrigger {

    private LongerTrigger() {
    }

    /**
     * Whether a longer trigger of a topic other than {@code own} spans {@code at}–{@code end} of the text; text and
     * triggers are lower-cased.
     */
    static boolean covers(List<Topic> topics, Topic own, String text, int at, int end) {
        for (Topic other : topics) {
            if (other.key().equals(own.key())) {
                continue;
            }
            for (String t : other.triggers()) {
                for (int from = Math.max(0, end - t.length()); t.length() > end - at && from <= at; from++) {
                    if (text.startsWith(t, from)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
