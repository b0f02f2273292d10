package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "日中高级别人文交流对话将在中国举行": talks named before the verb that holds them are to come when that verb is
 * in the future (将, 定于, 预计), whatever the clause before the name says. Stateless.
 */
final class ContactToBeHeld {

    private static final Pattern FUTURE_VERB = Pattern.compile("\\A(?:将|定于|预计)[^，。；]{0,14}?(?:举行|召开)");

    private ContactToBeHeld() {
    }

    /** Whether the trigger is followed by a future verb that holds it. */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.TALKS
                && FUTURE_VERB.matcher(sentence.substring(match.end())).lookingAt();
    }
}
