package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "沙利文在通话中表明…": 中 right after a trigger closes a 在…中 frame that speaks of an event already
 * reported; not where 中 opens the name of whom a contact is with (将在天津会见中国外交部副部长谢峰, 会见中方代表).
 * Stateless.
 */
final class InContactFrame {

    private static final Pattern CLOSING = Pattern.compile("\\A(?:过程)?中");

    private InContactFrame() {
    }

    /** Whether the words right after the trigger close a 在…中 frame rather than begin a counterpart's name. */
    static boolean closes(Sentence sentence, TriggerMatch match) {
        int after = sentence.start() + match.end();
        return CLOSING.matcher(sentence.text().substring(match.end())).find()
                && (!match.trigger().type().conversation() || sentence.mentions().stream().noneMatch(m -> m.start() == after));
    }
}
