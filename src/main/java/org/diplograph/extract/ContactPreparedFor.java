package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "这次会面被视为为美国总统拜登和中国国家主席习近平进一步接触铺平道路的关键": the persons of a later contact that
 * this one prepares the way for take no part in this one. Stateless.
 */
final class ContactPreparedFor {

    /** "为 … 铺平道路", "为 … 奠定基础": what the contact prepares, the persons of which are another contact's. */
    private static final Pattern PREPARES = Pattern.compile(
            "为([^，。；]{2,40}?)(?:铺平道路|铺路|奠定基础|做准备|作准备|创造条件)");

    private ContactPreparedFor() {
    }

    /** Removes from {@code contact} the persons its sentence names only as those of a contact it prepares. */
    static void dropPersonsPrepared(Candidate contact, Sentence sentence) {
        Matcher m = PREPARES.matcher(sentence.text());
        while (m.find()) {
            int from = sentence.start() + m.start(1);
            int to = sentence.start() + m.end(1);
            for (Mention person : sentence.mentions()) {
                if (person.kind() != Mention.Kind.PERSON || person.start() < from || person.end() > to) {
                    continue;
                }
                boolean elsewhere = sentence.mentions().stream().anyMatch(other -> other != person
                        && other.kind() == Mention.Kind.PERSON && other.key().equals(person.key())
                        && (other.start() < from || other.start() >= to));
                if (!elsewhere) {
                    contact.actors().persons().remove(person.key());
                }
            }
        }
    }
}
