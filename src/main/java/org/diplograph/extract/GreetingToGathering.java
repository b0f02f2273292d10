package org.diplograph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * A message addressed to a gathering ("习近平同阿根廷总统费尔南德斯分别向中国阿根廷人文交流高端论坛致贺信",
 * "向…大会开幕致贺") goes to its participants, not from one state to another: leaders who send one each are
 * no sides of a message between them, and a later "费尔南德斯在贺信中表示" quotes that message, not a new one.
 * Stateless.
 */
final class GreetingToGathering {

    /** "向…论坛致", "向…大会开幕视频致": the addressee, a gathering, between 向 and the message. */
    private static final Pattern TO_GATHERING = Pattern.compile(
            "向([^，。；向]{2,40}?(?:论坛|大会|会议|峰会|博览会|年会|研讨会|开幕式?|活动|仪式|庆典))[^，。；]{0,4}$");

    /** "在贺信中", with no addressee (致习近平的新春贺信) before it: a message named before. */
    private static final Pattern IN_THE_MESSAGE = Pattern.compile("在[^，。；致向]{0,4}$");
    private static final Pattern INSIDE = Pattern.compile("\\A中");

    private GreetingToGathering() {
    }

    /** Whether the message trigger is addressed to a gathering, not to a leader named in its name. */
    static boolean addressed(Sentence sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.MESSAGE) {
            return false;
        }
        String s = sentence.text();
        var to = TO_GATHERING.matcher(s.substring(Clauses.start(s, match.start()), match.start()));
        if (!to.find()) {
            return false;
        }
        int from = Clauses.start(s, match.start()) + to.start(1);
        int end = Clauses.start(s, match.start()) + to.end(1);
        return sentence.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.PERSON
                && m.start() - sentence.start() >= from && m.start() - sentence.start() < end);
    }

    /**
     * Whether the message trigger quotes a message an earlier sentence names ("在贺信中表示"), reported
     * or not: one to a gathering is no event, and what it says is none either.
     *
     * @param earlier the triggers of the sentences before, by sentence index
     */
    static boolean quoted(Sentence sentence, TriggerMatch match, Map<Integer, List<TriggerMatch>> earlier) {
        String s = sentence.text();
        return match.trigger().type() == EventType.MESSAGE
                && IN_THE_MESSAGE.matcher(s.substring(Clauses.start(s, match.start()), match.start())).find()
                && INSIDE.matcher(s.substring(match.end())).find()
                && earlier.entrySet().stream().anyMatch(e -> e.getKey() < sentence.index()
                && e.getValue().stream().anyMatch(t -> t.trigger().type() == EventType.MESSAGE));
    }
}
