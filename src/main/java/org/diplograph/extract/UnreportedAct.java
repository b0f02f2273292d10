package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * Acts a sentence names without reporting that they took place: the one an anniversary commemorates
 * ("迎来了签署《中朝友好合作互助条约》60周年的纪念日" marks a signing of 1961, not one on that day),
 * the one a speaker says would have to be done ("要签署贸易协定，需要相当长的时间洽谈"), the one
 * proposed, promised or agreed to ("提出将该条约延长", "答应与以色列签署和平协议", "同意与金正恩会晤"), and the one
 * called hard to hold ("举行面对面的峰会非常困难").
 * Stateless.
 */
final class UnreportedAct {

    /** "…60周年", "…一周年之际": the years since the act the trigger names. */
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "\\A》?[^，。；]{0,6}?(?:\\d{1,3}|[一二两三四五六七八九十百]{1,4})周年");
    /**
     * A modal 要 right before the verb: what must or is wanted to be done. Not the 要 of words that
     * end in it (主要, 重要, 需要), nor 将要, which announces what is planned.
     */
    private static final Pattern MUST = Pattern.compile("(?<![主重需只将想])要$");

    /**
     * "俄罗斯提出将该条约延长至多五年", "上周答应与以色列签署和平协议的巴林": what one side proposes or
     * promises to do.
     */
    private static final Pattern PROPOSAL = Pattern.compile(
            "(?:提出|提议|建议|主张)(?:将|把)[^，。；]{0,20}$|提议[^，。；]{0,16}$|(?:答应|承诺|允诺)[^，。；]{0,12}$|同意(?:与|同|和|跟)[^，。；]{0,12}$");
    /** "举行朝美首脑会谈这一不合时宜的提议": the act is named as what was proposed. */
    private static final Pattern PROPOSED = Pattern.compile("\\A[^，。；]{0,10}?提议");
    /** "举行面对面的峰会非常困难": an act said to be hard to hold is one not (yet) held. */
    private static final Pattern HARD = Pattern.compile("\\A[^，。；]{0,4}?(?:困难|难以实现|难以举行)");

    private UnreportedAct() {
    }

    /** Whether the trigger names an act the sentence does not report as an event. */
    static boolean named(String sentence, TriggerMatch match) {
        return ANNIVERSARY.matcher(sentence.substring(match.end())).find()
                || MUST.matcher(sentence.substring(0, match.start())).find()
                || PROPOSAL.matcher(sentence.substring(0, match.start())).find()
                || PROPOSED.matcher(sentence.substring(match.end())).find()
                || HARD.matcher(sentence.substring(match.end())).find();
    }
}
