package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "台湾尚未收到出席世卫大会的邀请函": an invitation a side says it has not received was not made. Stateless.
 */
final class InvitationNotReceived {

    /** Not (yet) received, before the invitation in its clause. */
    private static final Pattern NOT_RECEIVED = Pattern.compile(
            "(?:未|没有|没|仍未|尚未|并未|未能)(?:收到|接到|获得|获|得到|接获)[^，。；]{0,16}$");

    private InvitationNotReceived() {
    }

    /** Whether the invitation trigger names one its clause says was not received. */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.INVITATION
                && NOT_RECEIVED.matcher(sentence.substring(0, match.start())).find();
    }
}
