package org.diplograph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "克里作为气候特使访华之际，美中正陷入日益激烈的争端，两国因…新疆、香港政策，以及在台湾海峡与南海的军事行动…":
 * a sentence that names a contact only as the moment of something else (…访华之际) goes on to tell that
 * something else, the backdrop of the contact, not what was discussed at it. Unlike 访问期间, which frames
 * what was done during the contact, 之际 and 之时 only set two things side by side. Stateless.
 */
final class ContactAsBackdrop {

    /** A leading clause that ends by naming its act as a moment: "…访华之际，". */
    private static final Pattern MOMENT = Pattern.compile("\\A[^，。；]*?(?:之际|之时)，");

    private ContactAsBackdrop() {
    }

    /** Whether the sentence names a contact of the candidate's kind only as the moment of what it tells. */
    static boolean names(Candidate contact, String sentence, List<TriggerMatch> sentenceTriggers) {
        Matcher moment = MOMENT.matcher(sentence);
        return moment.find() && sentenceTriggers.stream()
                .anyMatch(m -> m.end() <= moment.end() && m.trigger().type() == contact.type());
    }
}
