package org.diplograph.extract;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "接连与10多个盟国外长通话，其中包含法国、德国与英国等重要欧洲盟邦": a call, meeting or talks with a group of
 * counterparts named by their number or kind, followed by a clause that names some of them, is one contact with
 * each state named there. Stateless.
 */
final class CounterpartsListedAfter {

    /** "与10多个盟国外长", "同数十国领导人", "与多国外长": counterparts by their number or kind, right before the trigger. */
    private static final Pattern GROUP = Pattern.compile(
            "[与同跟][^，。；与同跟]{0,4}?(?:[多数几十百\\d]+个?|各|多)(?:盟国|国家|国)[^，。；]{0,6}$");
    /** The clause that names some of the group: 其中包括, 其中有, 包括. */
    private static final Pattern AMONG_THEM = Pattern.compile("\\A(?:其中)?(?:包括|包含|有)");

    private CounterpartsListedAfter() {
    }

    /** The states the clause after the trigger's names among a group of counterparts, or none. */
    static Set<String> countries(Sentence sentence, TriggerMatch match) {
        Set<String> listed = new TreeSet<>();
        String s = sentence.text();
        int clauseEnd = Clauses.end(s, match.end());
        if (!match.trigger().type().conversation() || clauseEnd + 1 >= s.length()
                || !GROUP.matcher(s.substring(Clauses.start(s, match.start()), match.start())).find()) {
            return listed;
        }
        Matcher among = AMONG_THEM.matcher(s).region(clauseEnd + 1, s.length());
        if (!among.lookingAt()) {
            return listed;
        }
        int from = sentence.start() + among.end();
        int to = sentence.start() + Clauses.end(s, among.end());
        for (Mention m : sentence.mentions()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.CAPITAL && m.start() >= from
                    && m.start() < to) {
                listed.add(m.key());
            }
        }
        return listed;
    }

    /**
     * Adds the states named among the group to the sides of the contact; persons named only after the list
     * take part in what the sentence goes on to tell (今天则与…波瑞尔通话), not in these contacts.
     */
    static void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        Set<String> listed = countries(sentence, match);
        if (listed.isEmpty()) {
            return;
        }
        actors.countries().addAll(listed);
        String s = sentence.text();
        int listEnd = sentence.start() + Clauses.end(s, Clauses.end(s, match.end()) + 1);
        actors.persons().keySet().removeIf(name -> sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.PERSON && m.key().equals(name))
                .allMatch(m -> m.start() >= listEnd));
    }
}
