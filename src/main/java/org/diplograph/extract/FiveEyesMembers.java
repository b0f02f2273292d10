package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "中方对“五眼联盟”外长涉港声明表示强烈不满": the Five Eyes are no organisation of their own but a closed set of
 * five states, so an act by or against them has those five as its sides. Stateless.
 */
final class FiveEyesMembers {

    private static final Pattern FIVE_EYES = Pattern.compile("五眼联盟");

    private FiveEyesMembers() {
    }

    /** Adds the five states to a contact whose sentence names the Five Eyes before its trigger. */
    static void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        if (FIVE_EYES.matcher(sentence.text()).region(0, match.start()).find()) {
            actors.countries().addAll(GroupingMembers.of("FIVE_EYES"));
        }
    }
}
