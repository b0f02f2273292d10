package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "中国外交部一名官员表示，克拉奇的访问破坏了北京与华盛顿的关系", "克拉奇的访问反映了…": a contact named as the
 * subject of what it did or shows is the matter of a judgement; the contact itself is told where it is
 * reported, and whoever judges it is no side of it. Said in an official voice that it did harm, the
 * judgement is a protest against the side that made the contact. Stateless.
 */
final class HarmfulContact {

    /** The contact as a noun phrase: the trigger right after 的 (克拉奇的访问, 此次的会晤). */
    private static final Pattern NOMINAL = Pattern.compile("的$");
    /** Harm it did, right after the trigger. */
    private static final Pattern HARM = Pattern.compile(
            "\\A(?:严重|已经|已|将|会)?(?:破坏|损害|伤害|干涉|干扰|违背|违反|毒化|危害)");
    /** What it shows or is, right after the trigger. */
    private static final Pattern MEANING = Pattern.compile("\\A(?:反映|表明|显示|意味着|标志着|凸显|是(?!否))");
    /** A government's voice saying so, earlier in the sentence (外交部一名官员在北京表示，…). */
    private static final Pattern OFFICIAL_SAYS = Pattern.compile(
            "(?:外交部|外务省|国务院|发言人|政府|使馆)[^，。；]{0,12}?(?:表示|说|称|指出)");


    private HarmfulContact() {
    }

    /** Whether the contact trigger is the subject of what a speaker says it did or shows, short of a protest. */
    static boolean judged(String sentence, TriggerMatch match) {
        return nominal(sentence, match) && !protested(sentence, match)
                && (HARM.matcher(sentence.substring(match.end())).find()
                || MEANING.matcher(sentence.substring(match.end())).find());
    }

    /** Whether an official voice says the contact the trigger names did harm: a protest at it. */
    static boolean protested(String sentence, TriggerMatch match) {
        return nominal(sentence, match) && HARM.matcher(sentence.substring(match.end())).find()
                && OFFICIAL_SAYS.matcher(sentence.substring(0, match.start())).find();
    }

    private static boolean nominal(String sentence, TriggerMatch match) {
        return match.trigger().type().consultation()
                && NOMINAL.matcher(sentence.substring(0, match.start())).find();
    }
}
