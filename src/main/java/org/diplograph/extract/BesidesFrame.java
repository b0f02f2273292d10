package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "除内塔尼亚胡和阿什肯纳齐外，马斯还分别会晤…", "除柬埔寨外，王毅…也将访问…": those named inside 除…外
 * are the ones the sentence sets aside, met or visited in another report; they take no part in its
 * acts. Stateless.
 */
final class BesidesFrame {

    /** 除 (除了) up to 外 (之外, 以外) within one clause. */
    private static final Pattern BESIDES = Pattern.compile("除了?[^，。；,;除]{1,40}?(?:之|以)?外");

    private BesidesFrame() {
    }

    /** Whether the mention stands inside a 除…外 frame of its sentence. */
    static boolean sets(Sentence sentence, Mention mention) {
        int at = mention.start() - sentence.start();
        Matcher m = BESIDES.matcher(sentence.text());
        while (m.find()) {
            if (at > m.start() && at < m.end()) {
                return true;
            }
        }
        return false;
    }
}
