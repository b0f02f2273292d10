package org.diplograph.nlp;

import java.util.regex.Pattern;

/**
 * "向捷驻华使馆提出严正交涉", "召见美驻华大使": one abbreviation right before 驻华 names the state whose
 * mission in China it is, though abbreviations alone are matched only in pairs. 驻华盛顿 and 驻华府 are
 * postings in Washington instead. Stateless.
 */
final class MissionInChina {

    private MissionInChina() {
    }

    /**
     * The pattern whose first group is the abbreviation before 驻华, over the abbreviation characters given.
     * It opens with 驻华 and looks back for the abbreviation: it runs on every sentence, and Java tests a class
     * of many Chinese characters one character after another, so a pattern opening with that class would
     * test it at every position of the text.
     */
    static Pattern pattern(String abbreviationChars) {
        return Pattern.compile("驻华(?!盛顿|府)(?<=(?<![" + abbreviationChars + "])([" + abbreviationChars + "])驻华)");
    }
}
