package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * Splits a candidate dated by a list of dates into one event per date: chronologies tell repeated acts
 * that way ("金正恩又于2018年5月、6月以及2019年1月访华" is three visits). Stateless.
 */
final class ListedDates {

    /** What joins the items of a list of dates. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:、|和|及|以及|与|或)\\s*");
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\d{4}年|今年|去年|明年");

    private ListedDates() {
    }

    /**
     * The candidate once per date of the list its date ends, each item without a year of its own taking
     * that of the item before it (2018年5月、6月: June 2018); one candidate over the stretch of days listed one
     * after the other (18日和19日); the candidate itself when its date is no list.
     */
    static List<Candidate> split(Candidate c, String text, Sentence sentence, LocalDate reference) {
        if (c.date().isEmpty() || c.date().get().start() < sentence.start() || c.date().get().end() > sentence.end()) {
            // Undated, or dated by the sentence before or a caption after: no list of this sentence.
            return List.of(c);
        }
        DateMention last = c.date().get();
        int clauseStart = sentence.start() + Clauses.start(sentence.text(), last.start() - sentence.start());
        List<DateMention> dates = DateResolver.find(text, clauseStart, last.end(), reference,
                c.status() == EventStatus.PLANNED);
        List<DateMention> listed = new ArrayList<>(List.of(last));
        for (int i = dates.size() - 1; i >= 0; i--) {
            DateMention d = dates.get(i);
            if (d.end() <= listed.get(0).start() && !d.dateline()
                    && SEPARATOR.matcher(text.substring(d.end(), listed.get(0).start())).matches()) {
                listed.add(0, d);
            }
        }
        if (listed.size() < 2) {
            return List.of(c);
        }
        if (consecutiveDays(listed)) {
            // "18日和19日在阿拉斯加会晤": one meeting over two days, like 18、19日.
            DateMention first = listed.get(0);
            DateMention stretch = new DateMention(first.start(), last.end(), first.date(), Optional.of(last.date()),
                    false, false);
            return List.of(new Candidate(c.type(), c.sentence(), c.paragraph(), c.actors(), Optional.of(stretch),
                    c.status(), c.host(), c.evidence(), c.topics()));
        }
        List<Candidate> parts = new ArrayList<>();
        int year = listed.get(0).date().getYear();
        for (DateMention d : listed) {
            DateMention dated = d;
            if (YEAR_WRITTEN.matcher(text.substring(d.start(), d.end())).find()) {
                year = d.date().getYear();
            } else {
                int shift = year - d.date().getYear();
                dated = new DateMention(d.start(), d.end(), d.date().plusYears(shift),
                        d.endDate().map(e -> e.plusYears(shift)), d.dateline(), d.vague());
            }
            Actors actors = new Actors();
            actors.addAll(c.actors());
            parts.add(new Candidate(c.type(), c.sentence(), c.paragraph(), actors, Optional.of(dated), c.status(),
                    c.host(), c.evidence(), new ArrayList<>()));
        }
        return parts;
    }

    private static boolean consecutiveDays(List<DateMention> listed) {
        for (int i = 1; i < listed.size(); i++) {
            DateMention before = listed.get(i - 1);
            DateMention day = listed.get(i);
            if (before.vague() || day.vague() || before.endDate().isPresent() || day.endDate().isPresent()
                    || !day.date().equals(before.date().plusDays(1))) {
                return false;
            }
        }
        return true;
    }
}
