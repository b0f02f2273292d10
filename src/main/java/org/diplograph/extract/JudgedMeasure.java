package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "决定对包括一名比利时议员在内的10名欧方人员和四个实体实施制裁是捍卫自身合法权益的正义之举", "美国制裁是“强盗逻辑”":
 * a measure that is the subject of a judgement (…制裁是…) is one imposed before and told elsewhere; the sentence
 * reports what someone makes of it. Stateless.
 */
final class JudgedMeasure {

    /** 是 right after the measure, as the verb it is the subject of (not 是否). */
    private static final Pattern IS = Pattern.compile("\\A是(?!否)");

    private JudgedMeasure() {
    }

    /** Whether the sanction trigger is the subject of a judgement. */
    static boolean named(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.SANCTION && IS.matcher(sentence.substring(match.end())).find();
    }
}
