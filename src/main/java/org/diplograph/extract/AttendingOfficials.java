package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "…各自举行双边会谈。参加的美国官员包括副总统彭斯、国务卿蓬佩奥…": the officials a sentence lists as attending,
 * right after the sentence that reports the contacts, take part in each of those contacts their country is
 * a side of. Stateless.
 */
final class AttendingOfficials {

    /** The opening that says the list is of those attending: 参加的美国官员包括, 出席会谈的有. */
    private static final Pattern ATTENDING = Pattern.compile(
            "\\A(?:参加|出席|参与)(?:会谈|会见|会晤|会议|仪式)?的[^，。；]{0,10}?(?:包括|有|是)");
    private static final Set<EventType> CONTACTS = Set.of(EventType.MEETING, EventType.TALKS, EventType.VISIT,
            EventType.SUMMIT, EventType.AGREEMENT);

    private AttendingOfficials() {
    }

    /** Adds the persons {@code sentence} lists as attending to the contacts of the sentence right before it. */
    static void join(Sentence sentence, List<Candidate> candidates) {
        Matcher m = ATTENDING.matcher(sentence.text());
        if (!m.find()) {
            return;
        }
        int listStart = sentence.start() + m.end();
        List<Candidate> contacts = candidates.stream()
                .filter(c -> CONTACTS.contains(c.type()) && c.sentence() == sentence.index() - 1).toList();
        for (Mention person : sentence.mentions()) {
            if (person.kind() != Mention.Kind.PERSON || person.start() < listStart || person.country().isEmpty()) {
                continue;
            }
            for (Candidate contact : contacts) {
                if (contact.actors().countries().contains(person.country().get())) {
                    contact.actors().persons().putIfAbsent(person.key(),
                            new Participant(person.key(), person.position(), person.country()));
                }
            }
        }
    }
}
