package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "习近平在贺电中说，…", "费尔南德斯在贺信中表示，…": what a message says is told after the message itself was
 * reported; the sentence reports no new message. Stateless.
 */
final class MessageContent {

    private static final Pattern IN_IT = Pattern.compile("在$");
    private static final Pattern SAYS = Pattern.compile("\\A中");

    private MessageContent() {
    }

    /** Whether the message trigger is the 在…中 of what the message says. */
    static boolean told(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.MESSAGE
                && IN_IT.matcher(sentence.substring(0, match.start())).find()
                && SAYS.matcher(sentence.substring(match.end())).find();
    }
}
