package org.diplograph.extract;

import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "美国国务卿布林肯26日上任以来，接连与10多个盟国外长通话": the person named at the head of a leading clause
 * that sets the scene (…以来, …后) is the subject of the sentence, who goes on to act in the main clause; only
 * what follows the name sets the scene. Not a name that qualifies a noun (布林肯的访问结束后). Stateless.
 */
final class SettingSubject {

    private SettingSubject() {
    }

    /** How many characters of the sentence's leading clause {@code first} name its subject: 0 when none. */
    static int length(Sentence sentence, String first) {
        int end = sentence.start();
        boolean person = false;
        for (Mention m : sentence.mentions()) {
            if (m.start() != end || m.kind() == Mention.Kind.NEWS_AGENCY) {
                break;
            }
            end = m.end();
            person = m.kind() == Mention.Kind.PERSON;
        }
        int length = end - sentence.start();
        return person && length < first.length() && first.charAt(length) != '的' ? length : 0;
    }
}
