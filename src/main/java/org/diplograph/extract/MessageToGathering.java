package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "习近平同阿根廷总统费尔南德斯分别向中国阿根廷人文交流高端论坛致贺信": a message addressed to a gathering
 * (a forum, a congress, an opening ceremony) greets its participants; it is no message between the states of
 * those who send it. Stateless.
 */
final class MessageToGathering {

    /** 向 and the name of a gathering right before the message trigger (致贺信, 发来贺电). */
    private static final Pattern ADDRESSED = Pattern.compile(
            "向[^，。；向]{0,40}?(?:论坛|大会|博览会|开幕式|年会|研讨会|峰会|会议|庆典|典礼|活动)(?:致|发来|发去|发出|发)?$");

    private MessageToGathering() {
    }

    /** Whether the trigger names a message sent to a gathering. */
    static boolean addressed(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.MESSAGE
                && ADDRESSED.matcher(sentence.substring(0, match.start())).find();
    }
}
