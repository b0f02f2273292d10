package org.diplograph.extract;

import java.util.Optional;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The side whose diplomats or mission an expulsion sends away: "撤离中国驻休斯敦总领馆" is China's
 * consulate, "关闭美国驻成都总领事馆" America's, "驱逐一名意大利外交官" an Italian. Closures answer
 * closures, so two expulsions between the same sides on the same day are two acts when they strike
 * different sides. Stateless.
 */
final class ExpelledSide {

    private ExpelledSide() {
    }

    /**
     * The first side among {@code actors} named inside the trigger, other than the host a mission is
     * posted to (驻成都, 驻委国); for "其驻…", the side named last before the trigger.
     *
     * @param triggerStart offset of the trigger in {@code text}
     * @param triggerEnd offset of its end in {@code text}
     */
    static Optional<String> of(Actors actors, String text, Sentence sentence, int triggerStart, int triggerEnd) {
        for (Mention m : sentence.mentions()) {
            if (m.start() < triggerStart || m.end() > triggerEnd
                    || m.kind() != Mention.Kind.COUNTRY && m.kind() != Mention.Kind.ORGANIZATION
                    || m.start() > 0 && text.charAt(m.start() - 1) == '驻') {
                continue;
            }
            if (isActor(actors, m)) {
                return Optional.of(m.key());
            }
        }
        if (text.substring(triggerStart, triggerEnd).contains("其驻")) {
            // "下令中国关闭其驻休斯敦总领馆": 其 is the side named last before the trigger.
            for (int i = sentence.mentions().size() - 1; i >= 0; i--) {
                Mention m = sentence.mentions().get(i);
                if (m.end() <= triggerStart && m.kind() == Mention.Kind.COUNTRY && isActor(actors, m)) {
                    return Optional.of(m.key());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isActor(Actors actors, Mention m) {
        return actors.countries().contains(m.key()) || actors.organizations().contains(m.key());
    }
}
