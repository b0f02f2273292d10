package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * Acts a sentence names without reporting that they took place: the one an anniversary commemorates
 * ("迎来了签署《中朝友好合作互助条约》60周年的纪念日" marks a signing of 1961, not one on that day),
 * the one a speaker says would have to be done ("要签署贸易协定，需要相当长的时间洽谈") and the one
 * proposed or promised ("提出将该条约延长", "答应与以色列签署和平协议"). Stateless.
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
            "(?:提出|提议|建议|主张)(?:将|把)[^，。；]{0,20}$|(?:答应|承诺|允诺)[^，。；]{0,12}$");

    private UnreportedAct() {
    }

    /** Whether the trigger names an act the sentence does not report as an event. */
    static boolean named(String sentence, TriggerMatch match) {
        return ANNIVERSARY.matcher(sentence.substring(match.end())).find()
                || MUST.matcher(sentence.substring(0, match.start())).find()
                || PROPOSAL.matcher(sentence.substring(0, match.start())).find();
    }
}
