package org.diplograph.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "针对美国卫生部长艾萨访问台湾，今天并会晤总统蔡英文，中国外交部发言人赵立坚今天说，中方已就此…": a contact named
 * in a leading 针对/对于 frame is what the speaker after it reacts to; the speaker and what the speaker says
 * take no part in it. Nor does the side a reporter asks about it (…并会晤蔡总统，中方对此有何评论？).
 * Acts voiced against a state (protests, statements) keep it: it is what they are about. What an outsider
 * says in reaction is not what the contact was about either. Stateless.
 */
final class ReactingVoice {

    private static final Set<EventType> CONTACTS = Set.of(EventType.MEETING, EventType.TALKS, EventType.VISIT,
            EventType.PHONE_CALL, EventType.SUMMIT, EventType.MESSAGE, EventType.INVITATION, EventType.AGREEMENT);
    /** The frame, after a dateline if any, and the clauses that go on from it (并…, 今天并…). */
    private static final Pattern FRAME = Pattern.compile(
            "\\A(?:[（(][^）)]{0,30}电[）)]|[^，。；]{0,12}?\\d{1,2}日\\s*[-–—]\\s*)?(?:针对|对于)[^，。；]*"
                    + "(?:，(?:并|且|还|又|今天并|今日并)[^，。；]*)*");
    /** A clause where someone speaks: the reaction. */
    private static final Pattern SPEAKS = Pattern.compile("\\A[^，。；]*?(?:说|表示|指出|称|回应|批评)");
    /** The closing question put to a spokesperson. */
    private static final Pattern ASKED = Pattern.compile("[^，。；？]*对此有何(?:评论|回应|看法|评价)[？?。]?\\z");

    private ReactingVoice() {
    }

    /** Drops from a contact's actors those named only in the reaction to it. */
    static void dropFrom(Actors actors, EventType type, Sentence sentence, TriggerMatch match) {
        int reaction = reactionStart(sentence.text(), match.start());
        if (!CONTACTS.contains(type) || reaction < 0) {
            return;
        }
        Set<String> named = new HashSet<>();
        for (Mention m : sentence.mentions()) {
            if (m.start() - sentence.start() < reaction) {
                named.add(m.key());
                m.state().ifPresent(named::add);
            }
        }
        actors.countries().retainAll(named);
        actors.organizations().retainAll(named);
        actors.persons().keySet().retainAll(named);
    }

    /**
     * The sentence up to the reaction to the contact it reports, for the contact's topics, when the one who
     * reacts is no side of the contact (…，台湾经济部长王美花表示，捷克团来台是为了深化双方经贸交流 tells what the visit is for).
     */
    static String withoutOthersReaction(Candidate contact, Sentence sentence) {
        String s = sentence.text();
        int reaction = reactionStart(s, 0);
        if (!CONTACTS.contains(contact.type()) || reaction < 0) {
            return s;
        }
        int speakerEnd = Clauses.end(s, reaction);
        if (sentence.mentions().stream().anyMatch(m -> m.start() - sentence.start() >= reaction
                && m.start() - sentence.start() < speakerEnd
                && m.state().map(contact.actors().countries()::contains).orElse(false))) {
            return s;
        }
        return s.substring(0, reaction);
    }

    /** Offset in the sentence where the reaction to the act at {@code triggerAt} begins, or −1. */
    private static int reactionStart(String s, int triggerAt) {
        // The literal first: the pattern, tried from every character, costs the square of the sentence.
        Matcher asked = ASKED.matcher(s);
        if (s.contains("对此有何") && asked.find() && triggerAt < asked.start()) {
            return asked.start();
        }
        Matcher frame = FRAME.matcher(s);
        if (!frame.find() || triggerAt >= frame.end() || frame.end() >= s.length() || s.charAt(frame.end()) != '，') {
            return -1;
        }
        return SPEAKS.matcher(s).region(frame.end() + 1, s.length()).lookingAt() ? frame.end() + 1 : -1;
    }
}
