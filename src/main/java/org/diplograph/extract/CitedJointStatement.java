package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * A joint statement named by the pair of states that made it, with no verb issuing it in its clause
 * ("日方在日中联合声明中做出的承诺", "违反中英联合声明"): a founding document of their relations, cited, as
 * 《中英联合声明》 is with its title marks; the sentence reports no statement issued. Stateless.
 */
final class CitedJointStatement {

    private static final Pattern JOINT = Pattern.compile("联合声明|联合公报");
    private static final Pattern ISSUED = Pattern.compile("签署|签订|发表|发布|通过|发出");

    private CitedJointStatement() {
    }

    /** Whether the statement trigger {@code match} cites a pair's joint statement rather than reporting one. */
    static boolean cited(Sentence sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.STATEMENT) {
            return false;
        }
        String s = sentence.text();
        var joint = JOINT.matcher(s).region(match.start(), match.end());
        if (!joint.find() || ISSUED.matcher(s.substring(Clauses.start(s, match.start()), joint.start())).find()) {
            return false;
        }
        int at = sentence.start() + joint.start();
        // The pair right before it: two country abbreviations ending where the statement's name begins.
        return sentence.mentions().stream().anyMatch(second -> second.form() == Mention.Form.ABBREVIATION
                && second.end() == at && sentence.mentions().stream().anyMatch(first -> first.form()
                == Mention.Form.ABBREVIATION && first.end() == second.start() && !first.key().equals(second.key())));
    }
}
