package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "印度总理莫迪与英国首相约翰逊11月27日互通电话。…莫迪在推特上写道，“与…约翰逊进行了一次很好的对话": a dialogue
 * (对话) between the sides of a call on the day of the call is that call told again, unless its report names
 * formal talks (会谈, 谈判, 磋商). Stateless.
 */
final class CallAsDialogue {

    private static final Pattern DIALOGUE = Pattern.compile("对话");
    private static final Pattern FORMAL = Pattern.compile("会谈|谈判|磋商|会晤|战略对话|对话会");

    private CallAsDialogue() {
    }

    /** Whether one of the two events is a call and the other a dialogue between the same sides that day. */
    static boolean sameCall(DiplomaticEvent a, DiplomaticEvent b) {
        return a.date().equals(b.date()) && a.countries().equals(b.countries())
                && a.organizations().equals(b.organizations())
                && (a.type() == EventType.PHONE_CALL && dialogue(b) || b.type() == EventType.PHONE_CALL && dialogue(a));
    }

    private static boolean dialogue(DiplomaticEvent e) {
        return e.type() == EventType.TALKS && e.evidence().stream().allMatch(
                x -> DIALOGUE.matcher(x.sentence()).find() && !FORMAL.matcher(x.sentence()).find());
    }
}
