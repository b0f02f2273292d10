package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * A few sentences after its own, a contact's report goes on only in a sentence that speaks for it: one that
 * names one of its participants or sides (中方, 阿方, 中俄), gives someone's words (表示, 指出, 强调), tells
 * what the sides should do (要…, 我们要…, 双方…), makes the next of a speaker's points (第三，坚持绿色低碳发展)
 * or names the meeting itself (会谈中, 会上, 峰会). Any other sentence that far on is the story's background
 * ("阿联酋与以色列建立外交关系之后，将对伊朗形成压力", "2019年欧盟对中国出口商品价值约1980亿欧元"), and what it
 * names was not discussed at the contact. Stateless.
 */
final class ReportGoesOn {

    /** How many sentences right after the contact's own tell of it, whatever they say. */
    private static final int CLOSE = 2;
    private static final Pattern WORDS = Pattern.compile("表示|指出|强调|说|称|认为|重申|希望|愿|同意|提出|介绍");
    private static final Pattern THE_CONTACT = Pattern.compile(
            "双方|两国|会谈|会晤|通话|会上|会中|会见|峰会|此访|会后|期间");
    private static final Pattern WHAT_TO_DO = Pattern.compile("\\A(?:要|我们|应|第[一二三四五六七八九十]+[，、])");

    private ReportGoesOn() {
    }

    /** Whether {@code sentence}, at or after the contact's own, still reports the contact. */
    static boolean speaksOf(Candidate contact, Sentence sentence) {
        if (sentence.index() - contact.sentence() <= CLOSE) {
            return true;
        }
        String s = sentence.text();
        return WORDS.matcher(s).find() || THE_CONTACT.matcher(s).find() || WHAT_TO_DO.matcher(s).find()
                || sentence.mentions().stream().anyMatch(m -> namesParticipant(contact, m));
    }

    private static boolean namesParticipant(Candidate contact, Mention m) {
        return m.kind() == Mention.Kind.PERSON && contact.actors().persons().containsKey(m.key())
                && !SanctionTarget.named(contact, m)
                || (m.form() == Mention.Form.SIDE || m.form() == Mention.Form.ABBREVIATION)
                && contact.actors().countries().contains(m.key());
    }
}
