package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "巴特尔、王东峰等参加会见": the officials a line lists as attending the contact just reported. A bare list
 * of names before 等 is the one place where the segmenter's person tags are trusted without a title:
 * nothing else can stand there. Such officials serve the side of those listed with them whose country is
 * known, or else the side of the contact's first person, who received the visitor they attend.
 */
final class ListedAttendees {

    private static final Pattern PERSON_TAG = Pattern.compile("nr[fj]?");

    private ListedAttendees() {
    }

    /** The attendees listed before {@code listEnd} (the 等), each with the country of the side served. */
    static List<Participant> of(Sentence sentence, int listEnd, Candidate contact) {
        List<String> names = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        int at = sentence.start();
        for (String item : sentence.text().substring(0, listEnd).split("、", -1)) {
            int from = at;
            at += item.length() + 1;
            Optional<Mention> known = sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON
                    && m.start() == from && m.surface().equals(item)).findFirst();
            if (known.isPresent()) {
                names.add(known.get().key());
                known.get().country().ifPresent(countries::add);
            } else if (sentence.tokens().stream().anyMatch(t -> t.offset() == from && t.word().equals(item)
                    && PERSON_TAG.matcher(t.tag()).matches())) {
                names.add(item);
            } else {
                // Not a bare list of names: leave the line to the mentions the analyser found.
                return List.of();
            }
        }
        Optional<String> side = countries.stream().distinct().count() == 1 ? Optional.of(countries.get(0))
                : contact.actors().persons().values().stream().findFirst().flatMap(Participant::country);
        return names.stream().map(name -> new Participant(name, Optional.empty(),
                sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.PERSON && m.key().equals(name))
                        .findFirst().flatMap(Mention::country).or(() -> side))).toList();
    }
}
