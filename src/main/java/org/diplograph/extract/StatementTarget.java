package org.diplograph.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The state a joint statement is aimed at: "会后联合声明除就中国「胁迫与破坏稳定行为」提出警告", "27个国家的政府
 * 发表联合声明，呼吁中国重新考虑…". A statement issued about another state has it as a side (GUIDELINES), also
 * where several issuers are named or the issuer is told later (两人…发表声明，警告「中国…」); a state it only mentions (提到台湾海峡和平稳定的重要性) is not one. Stateless.
 */
final class StatementTarget {

    /** A word right before a state that makes it the one the statement calls on or warns. */
    private static final Pattern ADDRESSED = Pattern.compile("(?:呼吁|敦促|谴责|批评|警告|要求)了?[「“『]?$");
    /** "就中国…提出警告": a state that a warning or concern is expressed about. */
    private static final Pattern MATTER = Pattern.compile("就$");
    private static final Pattern WARNED = Pattern.compile(
            "\\A[^，。；]{0,30}?(?:提出|表示|表达)(?:严重|强烈)?(?:警告|关切|关注|担忧|批评|谴责|反对)");
    /** Hong Kong and Macao are what a statement says about China, not a side. */
    private static final Set<String> REGIONS = Set.of("HKG", "MAC");

    private StatementTarget() {
    }

    /** Adds to the issuers of a statement the first state its words call on or warn, after the trigger. */
    static void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.STATEMENT || actors.size() < 2) {
            return;
        }
        String s = sentence.text();
        for (Mention m : sentence.mentions()) {
            int start = m.start() - sentence.start();
            Optional<String> country = m.kind() == Mention.Kind.COUNTRY ? Optional.of(m.key()) : Optional.empty();
            if (start < match.end() || country.isEmpty() || REGIONS.contains(country.get())) {
                continue;
            }
            String before = s.substring(Clauses.start(s, start), start);
            if (ADDRESSED.matcher(before).find()
                    || MATTER.matcher(before).find() && WARNED.matcher(s.substring(m.end() - sentence.start())).find()) {
                actors.countries().add(country.get());
                return;
            }
        }
    }
}
