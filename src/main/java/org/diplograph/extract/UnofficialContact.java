package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Contact words that report no contact between states: a visit banned ("禁止…中国官员访美"), visits of
 * citizens, scholars or ships ("美国公民到访香港", "中国藏学家交流团访问拉脱维亚"), meetings with a company's
 * officers ("会见丹麦诺和诺德公司董事会主席"), and contacts spoken of as a habit ("两国高层的会晤频繁").
 * Stateless.
 */
final class UnofficialContact {

    private static final Set<EventType> CONTACTS = Set.of(EventType.MEETING, EventType.TALKS, EventType.VISIT,
            EventType.PHONE_CALL);
    /** A ban or refusal of entry that the visit is the object of. */
    private static final Pattern BANNED = Pattern.compile("(?:禁止|不准|不允许|不得)[^。；！？]{0,40}$");
    /** Visitors who do not speak for a state, as the subject of the visit. */
    private static final Pattern PRIVATE_VISITORS = Pattern.compile(
            "(?:公民|民众|游客|旅客|学者|学家|专家|交流团|艺术团|学生|企业家|商人|医院船|舰艇|军舰|编队)[^，。；（）()]{0,20}$");
    /** A country named as where a company comes from: "丹麦诺和诺德公司董事会主席". */
    private static final Pattern COMPANY = Pattern.compile("\\A\\p{IsHan}{1,10}?(?:公司|集团|企业|银行)");
    /** Contacts told as frequent or growing, not as one that took place. */
    private static final Pattern HABITUAL = Pattern.compile("\\A(?:频繁|频仍|不断|日益|增多|越来越多)");

    private UnofficialContact() {
    }

    /** Whether the contact trigger reports no contact between states. */
    static boolean reportsNone(Sentence sentence, TriggerMatch match) {
        EventType type = match.trigger().type();
        if (!CONTACTS.contains(type)) {
            return false;
        }
        String s = sentence.text();
        String clauseBefore = s.substring(Clauses.start(s, match.start()), match.start());
        if (HABITUAL.matcher(s.substring(match.end())).find()) {
            return true;
        }
        if (type == EventType.VISIT && (BANNED.matcher(s.substring(0, match.start())).find()
                || PRIVATE_VISITORS.matcher(clauseBefore).find() && !namesOfficial(sentence, match, clauseBefore))) {
            return true;
        }
        return false;
    }

    /**
     * Drops from the sides a country named only as the home of a company met ("会见丹麦诺和诺德公司董事会
     * 主席"), unless the sentence names it otherwise as well.
     */
    static void withoutCompanies(Actors actors, String text, Sentence sentence, TriggerMatch match) {
        int triggerEnd = sentence.start() + match.end();
        for (Mention m : sentence.mentions()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.start() >= triggerEnd
                    && COMPANY.matcher(text.substring(m.end(), Math.min(sentence.end(), m.end() + 14))).find()
                    && sentence.mentions().stream().noneMatch(o -> o != m && (o.key().equals(m.key())
                    || o.country().map(m.key()::equals).orElse(false)))) {
                actors.countries().remove(m.key());
            }
        }
    }

    /** Whether the clause names an office holder before the trigger: then the visitors are officials. */
    private static boolean namesOfficial(Sentence sentence, TriggerMatch match, String clauseBefore) {
        int from = sentence.start() + match.start() - clauseBefore.length();
        int to = sentence.start() + match.start();
        return sentence.mentions().stream().anyMatch(m -> m.start() >= from && m.start() < to
                && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.POSITION));
    }
}
