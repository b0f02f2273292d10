package org.diplograph.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "近年来，中共…在南海、台湾海峡…进行越来越频繁的军事行动", "2017年，朱海仑签署的一项指示称…": a sentence after
 * a contact's own that opens by going back in time, to years past or to what came before, tells the story's
 * background, not what was discussed at the contact. Stateless.
 */
final class StoryGoesBack {

    /** An opening span of time before the news: 近年来, 此前, 早在, 过去, 自2016年以来; or a year, group 1. */
    private static final Pattern EARLIER = Pattern.compile(
            "\\A[^，。；]{0,6}?(?:近年|此前|早在|过去|自从?(?:\\d{4}年)?[^，。；]{0,12}以来|(\\d{4})年)");

    private StoryGoesBack() {
    }

    /** Whether {@code sentence}, after the contact's own, opens at a time before the contact. */
    static boolean opensEarlier(Candidate contact, Sentence sentence) {
        if (sentence.index() == contact.sentence()) {
            return false;
        }
        Matcher earlier = EARLIER.matcher(sentence.text());
        if (!earlier.find()) {
            return false;
        }
        return earlier.group(1) == null || contact.date().map(DateMention::date).map(LocalDate::getYear)
                .map(year -> Integer.parseInt(earlier.group(1)) < year).orElse(false);
    }
}
