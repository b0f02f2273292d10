package org.diplograph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "俄罗斯周五驱逐欧盟三个成员国的外交官。涉及德国、波兰和瑞典外交官的驱逐行动…": an act aimed at members of
 * an organisation that the sentence counts but does not name is aimed at the states the next sentence
 * lists, when it lists as many; the organisation itself is no side. Stateless.
 */
final class CountedMembers {

    private static final Pattern COUNTED = Pattern.compile("\\A(?:的)?(两|二|三|四|五|六|七|八|九|十)个?成员国");
    private static final Map<String, Integer> NUMBERS = Map.of("两", 2, "二", 2, "三", 3, "四", 4, "五", 5, "六", 6,
            "七", 7, "八", 8, "九", 9, "十", 10);
    /** What joins the names of a list (德国、波兰和瑞典). */
    private static final Pattern JOINED = Pattern.compile("、|和|与|及|以及");

    private CountedMembers() {
    }

    /** Replaces the organisation whose members {@code c}'s sentence counts by the members the next sentence lists. */
    static void nameFromNext(Candidate c, AnalyzedText text, Sentence sentence) {
        for (Mention org : sentence.mentions()) {
            if (org.kind() != Mention.Kind.ORGANIZATION || !c.actors().organizations().contains(org.key())) {
                continue;
            }
            Matcher counted = COUNTED.matcher(text.text().substring(org.end(), Math.min(sentence.end(), org.end() + 8)));
            if (!counted.find()) {
                continue;
            }
            Set<String> listed = listedIn(text, next(text, sentence));
            if (listed.size() == NUMBERS.get(counted.group(1)) && c.actors().countries().stream().noneMatch(listed::contains)) {
                c.actors().organizations().remove(org.key());
                c.actors().countries().addAll(listed);
            }
            return;
        }
    }

    private static Sentence next(AnalyzedText text, Sentence sentence) {
        List<Sentence> sentences = text.sentences();
        int i = sentences.indexOf(sentence);
        return i + 1 < sentences.size() ? sentences.get(i + 1) : sentence;
    }

    /** The countries of the first list of names in the sentence (one name alone is a list of one). */
    private static Set<String> listedIn(AnalyzedText text, Sentence sentence) {
        Set<String> listed = new LinkedHashSet<>();
        Mention last = null;
        for (Mention m : sentence.mentions()) {
            if (m.kind() != Mention.Kind.COUNTRY || m.form() != Mention.Form.NAME) {
                continue;
            }
            if (last != null && !JOINED.matcher(text.text().substring(last.end(), m.start())).matches()) {
                break;
            }
            listed.add(m.key());
            last = m;
        }
        return listed;
    }
}
