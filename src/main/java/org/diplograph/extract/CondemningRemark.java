package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "中国外交部发言人赵立坚周三说，最新一轮…制裁“充分暴露了美方干涉中国内政…的险恶用心”": a government's voice
 * saying that another state interferes in its internal affairs, gravely breaks its word or acts without any basis
 * condemns that state, though it uses no word of protest. The same words from a commentator, a lawmaker or a
 * leader speaking freely are an opinion. Stateless.
 */
final class CondemningRemark {

    /** The words of condemnation the remark trigger finds. */
    private static final Pattern CONDEMNING = Pattern.compile("干涉.*内政|严重违背|毫无.*依据|险恶用心");
    /** Who speaks for a government: its spokesperson, ministry, mission or foreign minister, before the verb of saying. */
    private static final Pattern GOVERNMENT_VOICE = Pattern.compile(
            "(?:发言人|外交部|外务省|商务部|国务院|白宫|政府|使馆|使团|代表团|外长|外交部长)[^，。；]{0,16}?"
                    + "(?:称|表示|说|指出|回应)");

    private CondemningRemark() {
    }

    /**
     * Whether the trigger is a remark of condemnation that no government's voice makes, or one that a word of
     * protest in the same sentence already tells ("…严重违背自身承诺，…中方对此表示强烈谴责").
     */
    static boolean unvoiced(String sentence, TriggerMatch match, List<TriggerMatch> sentenceTriggers) {
        return remark(sentence, match) && (!GOVERNMENT_VOICE.matcher(sentence.substring(0, match.start())).find()
                || sentenceTriggers.stream().anyMatch(t -> t.trigger().type() == EventType.PROTEST
                && !remark(sentence, t)));
    }

    private static boolean remark(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.PROTEST
                && CONDEMNING.matcher(sentence.substring(match.start(), match.end())).matches();
    }
}
