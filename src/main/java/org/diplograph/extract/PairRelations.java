package org.diplograph.extract;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.lexicon.Lexicon;

/**
 * The relations of two countries named by their pair compound (中美关系, 中韩关系, 日中关系), or by one side's
 * relations with the other (发展对华关系), are the relations of those two as such, like 两国关系 or 双边关系.
 * Thread-safe.
 */
final class PairRelations {

    /** The topic such relations are. */
    static final String TOPIC = "bilateral-relations";

    private static final Pattern HARMED = Pattern.compile("(?:破坏|损害|危害|毒化|伤害)了?$");
    /** The same harm told the other way round: 以免对中美关系造成进一步损害. */
    private static final Pattern HARM_DONE_TO = Pattern.compile("[^，。；]{0,12}?(?:造成|带来)[^，。；]{0,8}?(?:损害|伤害|破坏|冲击)");
    private final Pattern pairRelations;

    PairRelations(Lexicon lexicon) {
        String abbreviations = abbreviationClass(lexicon);
        // 华 stands for China only after 对 or 访 (对华, 访华), so it is no abbreviation of the lexicon's.
        this.pairRelations = Pattern.compile("[" + abbreviations + "]{2}(?:两国)?关系|对[华" + abbreviations + "]关系");
    }

    /**
     * The one-character abbreviations of the lexicon's countries, for a character class: one class, not an
     * alternation of ~100 quoted literals, since pair patterns run on every sentence scanned for topics.
     */
    static String abbreviationClass(Lexicon lexicon) {
        return lexicon.countries().stream().flatMap(c -> c.abbreviations().stream())
                .filter(a -> a.length() == 1 && Character.isLetter(a.charAt(0))).distinct()
                .collect(Collectors.joining());
    }

    /**
     * Where the text names the relations of a pair of countries as what is talked of, as {start, end} offsets;
     * not where they are only what an act harms (严重破坏中美关系, 对中美关系造成损害: a protest's stock phrase).
     */
    Stream<int[]> occurrences(String text) {
        if (!text.contains("关系")) {
            // Most sentences do not speak of relations; the class would be tested at each of their characters.
            return Stream.empty();
        }
        return pairRelations.matcher(text).results().filter(m -> !HARMED.matcher(text).region(0, m.start()).find()
                        && !(aimedAt(text, m.start())
                        && HARM_DONE_TO.matcher(text).region(m.end(), text.length()).lookingAt()))
                .map(m -> new int[] {m.start(), m.end()});
    }

    /** Whether the relations found at {@code start} are what 对 aims at: 对中美关系, or 对华关系 itself. */
    private static boolean aimedAt(String text, int start) {
        return text.charAt(start) == '对' || start > 0 && text.charAt(start - 1) == '对';
    }
}
