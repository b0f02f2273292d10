package org.diplograph.extract;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.lexicon.Lexicon;

/**
 * The relations of two countries named by their pair compound (中美关系, 中韩关系, 日中关系) are the relations
 * of those two as such, like 两国关系 or 双边关系. Thread-safe.
 */
final class PairRelations {

    /** The topic such relations are. */
    static final String TOPIC = "bilateral-relations";

    private static final Pattern HARMED = Pattern.compile("(?:破坏|损害|危害|毒化|伤害)了?$");
    private final Pattern pairRelations;

    PairRelations(Lexicon lexicon) {
        String abbreviations = lexicon.countries().stream().flatMap(c -> c.abbreviations().stream())
                .filter(a -> a.length() == 1).distinct().map(Pattern::quote).collect(Collectors.joining("|"));
        this.pairRelations = Pattern.compile("(?:" + abbreviations + "){2}(?:两国)?关系");
    }

    /**
     * Where the text names the relations of a pair of countries as what is talked of, as {start, end} offsets;
     * not where they are only what an act harms (严重破坏中美关系, a protest's stock phrase).
     */
    Stream<int[]> occurrences(String text) {
        return pairRelations.matcher(text).results().filter(m -> !HARMED.matcher(text).region(0, m.start()).find())
                .map(m -> new int[] {m.start(), m.end()});
    }
}
