package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "另外，拜登的亚洲问题高级顾问之一库尔特·M·坎贝尔对《悉尼先驱晨报》说，除非北京…": words someone gave a newspaper or
 * a broadcaster in an interview are that speaker's view, told apart from the contact; unless a participant of the
 * contact speaks, what they name was not discussed at it. Stateless.
 */
final class InterviewRemark {

    private static final Pattern TO_THE_PRESS =
            Pattern.compile("(?:对|接受)《[^》]{1,20}》(?:[（(][^）)]*[）)])?[^，。；]{0,6}?(?:说|表示|称|采访|专访)");

    private InterviewRemark() {
    }

    /** Whether the sentence gives a non-participant's words to the press. */
    static boolean toldOutside(Candidate contact, Sentence sentence) {
        return TO_THE_PRESS.matcher(sentence.text()).find() && sentence.mentions().stream()
                .noneMatch(m -> m.kind() == Mention.Kind.PERSON && contact.actors().persons().containsKey(m.key()));
    }
}
