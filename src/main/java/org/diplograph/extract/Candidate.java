package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trigger found in one sentence, with everything read from that sentence; candidates become
 * events once reports of the same event are merged ({@link EventMerger}).
 *
 * @param sentence index of the sentence in the analysed text
 * @param paragraph its paragraph, −1 for the title
 * @param topics topic keys, filled in after all triggers are found
 * @param issuer for protests: the side that protests, when the sentence tells it (its subject); for
 *               sanctions the side that imposes, for expulsions the side expelled
 */
record Candidate(EventType type, int sentence, int paragraph, Actors actors, Optional<DateMention> date,
                 EventStatus status, Optional<String> host, Evidence evidence, List<String> topics,
                 Optional<String> issuer) {

    Candidate(EventType type, int sentence, int paragraph, Actors actors, Optional<DateMention> date,
              EventStatus status, Optional<String> host, Evidence evidence, List<String> topics) {
        this(type, sentence, paragraph, actors, date, status, host, evidence, topics, Optional.empty());
    }

    /** The same candidate with the side that acted. */
    Candidate issuedBy(Optional<String> side) {
        return new Candidate(type, sentence, paragraph, actors, date, status, host, evidence, topics, side);
    }

    /** The same candidate on another day, or on none. */
    Candidate withDate(Optional<DateMention> day) {
        return new Candidate(type, sentence, paragraph, actors, day, status, host, evidence, topics, issuer);
    }

    Set<String> actorSet() {
        Set<String> set = new TreeSet<>(actors.countries());
        set.addAll(actors.organizations());
        return set;
    }

    boolean inTitle() {
        return paragraph < 0;
    }
}
