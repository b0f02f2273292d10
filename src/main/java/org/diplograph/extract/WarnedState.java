package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "会后联合声明除就中国「胁迫与破坏稳定行为」提出警告", "发表声明，警告「中国与现行国际秩序不一致行径…」": a statement of
 * several sides that warns, criticises or condemns a state is about that state, which takes part in it as the state
 * addressed (GUIDELINES: a statement issued about another state), though the issuers are named already. Stateless.
 */
final class WarnedState {

    /** A word that makes the state right after it (past quotation marks) the object of the warning. */
    private static final Pattern AIMED_AT = Pattern.compile("(?:警告|批评|谴责|指责)[「“\"]?$");
    /** The state after 就, 对 or 针对 is warned when its clause goes on with a word of warning or concern. */
    private static final Pattern ABOUT = Pattern.compile("(?:就|对|针对)[「“\"]?$");
    private static final Pattern WARNING = Pattern.compile("\\A[^，。；]*?(?:警告|关切|担忧|批评|谴责)");
    /** Hong Kong and Macao are what a statement says about China, not a side. */
    private static final Set<String> REGIONS = Set.of("HKG", "MAC");

    private WarnedState() {
    }

    /** Adds to a statement of two or more sides the state its words, in its clause or the next, warn. */
    static void addTo(Actors actors, EventType type, Sentence sentence, TriggerMatch match) {
        if (type != EventType.STATEMENT || actors.size() < 2) {
            return;
        }
        String s = sentence.text();
        int clauseEnd = Clauses.end(s, match.end());
        int wordsEnd = clauseEnd < s.length() ? Clauses.end(s, clauseEnd + 1) : clauseEnd;
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (m.kind() != Mention.Kind.COUNTRY || at < match.end() || at >= wordsEnd || REGIONS.contains(m.key())) {
                continue;
            }
            String lead = s.substring(match.end(), at);
            String rest = s.substring(m.end() - sentence.start());
            if (AIMED_AT.matcher(lead).find() || ABOUT.matcher(lead).find() && WARNING.matcher(rest).find()) {
                actors.countries().add(m.key());
                return;
            }
        }
    }
}
