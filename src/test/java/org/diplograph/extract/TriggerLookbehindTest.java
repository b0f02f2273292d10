package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Trigger rows that open with a long lookbehind look ahead for their word first: Java tries a leading
 * lookbehind at every position of every sentence, once for each length it may have.
 */
class TriggerLookbehindTest {

    private static final List<String> SENTENCES = List.of(
            "洪森与王毅在金边共同见证了自贸协定的签署",
            "郑义溶访问美国，与美国副国务卿比根讨论韩美外交安全事宜",
            "经过近7年的谈判，欧盟和中国在29日终于达成了一项投资协议",
            "中方对“五眼联盟”外长涉港声明表示强烈不满，美国国务院声明称",
            "《中俄睦邻友好合作条约》由两国元首于2001年7月16日签署",
            "双方达成贸易协议，并于15日正式签署",
            "意大利外交部表示，俄罗斯此举没有理由且不公正",
            "习近平致电祝贺拜登当选，外交部发言人说祝贺他当选",
            "欧盟外交部长22日在布鲁塞尔举行会议",
            "应新加坡政府邀请，王毅将访问新加坡，并邀请对方访华",
            "他出席七国集团（G7）特别会议，此前他接受媒体访问");

    @Test
    void everyLongLookbehindOpeningARowLooksAheadFirst() {
        for (Trigger trigger : Trigger.load()) {
            for (String alternative : topLevelAlternatives(trigger.pattern().pattern())) {
                if (alternative.startsWith("(?<=") || alternative.startsWith("(?<!")) {
                    String lookbehind = alternative.substring(0, closingParen(alternative, 0) + 1);
                    assertThat(lookbehind).as("row %s", trigger.pattern()).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void lookingAheadFirstFindsWhatTheRowFoundWithout() {
        for (Trigger trigger : Trigger.load()) {
            String gated = trigger.pattern().pattern();
            Pattern ungated = Pattern.compile(withoutLookaheadsBeforeLookbehinds(gated));
            for (String sentence : SENTENCES) {
                assertThat(matches(trigger.pattern(), sentence)).as("%s in %s", gated, sentence)
                        .isEqualTo(matches(ungated, sentence));
            }
        }
    }

    @Test
    void gatedRowsStillFindTheirExamples() {
        assertThat(Trigger.load().stream().filter(t -> t.pattern().pattern().contains(")(?<"))
                .filter(t -> SENTENCES.stream().anyMatch(s -> t.pattern().matcher(s).find())).count())
                .isGreaterThanOrEqualTo(10);
    }

    private static List<String> matches(Pattern pattern, String sentence) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    /** The alternatives of a pattern split at its top-level bars. */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int[] start = {0};
        walk(regex, 0, (i, depth) -> {
            if (regex.charAt(i) == '|' && depth == 0) {
                out.add(regex.substring(start[0], i));
                start[0] = i + 1;
            }
            return false;
        });
        out.add(regex.substring(start[0]));
        return out;
    }

    private static int closingParen(String regex, int open) {
        int close = walk(regex, open, (i, depth) -> regex.charAt(i) == ')' && depth == 0);
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced: " + regex);
        }
        return close;
    }

    /**
     * Visits each character of {@code regex} from {@code from} that is neither escaped nor inside a class, with
     * the depth of parentheses after it, until {@code stop} says so; returns where it stopped, or −1.
     */
    private static int walk(String regex, int from, BiPredicate<Integer, Integer> stop) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (stop.test(i, depth)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String withoutLookaheadsBeforeLookbehinds(String regex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            if (regex.startsWith("(?=", i)) {
                int close = closingParen(regex, i);
                if (regex.startsWith("(?<", close + 1)) {
                    i = close + 1;
                    continue;
                }
            }
            if (regex.charAt(i) == '\\') {
                out.append(regex, i, i + 2);
                i += 2;
                continue;
            }
            out.append(regex.charAt(i++));
        }
        return out.toString();
    }
}
