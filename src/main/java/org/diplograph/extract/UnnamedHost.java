package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "中国驻馆也不甘示弱，对外宣传向所在国“提出严正交涉”": a protest lodged with "the host country" of missions the
 * sentence does not name is lodged with no state it names; the others it names are what the dispute is about.
 * Where the posts are named (中国驻德国、丹麦…大使分别向所在国外事部门提出严正交涉) they are the hosts. Stateless.
 */
final class UnnamedHost {

    /** The host country as the addressee of the protest, in the trigger's clause. */
    private static final Pattern TO_HOST = Pattern.compile("向(?:所在国|驻在国)[^，。；]{0,8}$");

    private UnnamedHost() {
    }

    /** Whether the protest is lodged with the host country of unnamed posts. */
    static boolean protested(Sentence sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.PROTEST) {
            return false;
        }
        String s = sentence.text();
        String before = s.substring(Clauses.start(s, match.start()), match.start());
        return TO_HOST.matcher(before.replaceAll("[“”「」\"]", "")).find()
                && sentence.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.COUNTRY
                && m.start() > sentence.start() && m.start() - sentence.start() <= match.start()
                && s.charAt(m.start() - sentence.start() - 1) == '驻');
    }
}
