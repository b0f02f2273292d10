package org.diplograph.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "新西兰持续加强与中国的经济关系，两国今年升级了双边的自由贸易协定": 两国 as the subject of the trigger's clause refers
 * to the two states the same sentence has just named, before it goes back to the sides of an earlier report; 双方
 * may be any two sides (对双方共同面临的…), not only states. Stateless.
 */
final class PairNamedBefore {

    private static final Pattern BOTH = Pattern.compile("两国");

    private PairNamedBefore() {
    }

    /** Adds the two states named before the 两国 of the trigger's clause, where the sentence names exactly two there. */
    static void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        Matcher both = BOTH.matcher(s).region(Clauses.start(s, match.start()), match.start());
        if (!both.find()) {
            return;
        }
        int at = sentence.start() + both.start();
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : sentence.mentions()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.end() <= at) {
                named.add(m.key());
            }
        }
        if (named.size() == 2 && named.containsAll(actors.countries())) {
            actors.countries().addAll(named);
        }
    }
}
