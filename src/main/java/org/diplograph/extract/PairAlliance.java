package org.diplograph.extract;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.lexicon.Lexicon;

/**
 * The alliance of two countries named by their pair compound (美日同盟, 韩美同盟, 日美联盟) is their
 * military alliance: a contact that speaks of strengthening it is about military and security matters.
 * Thread-safe.
 */
final class PairAlliance {

    /** The topic such alliances are. */
    static final String TOPIC = "military-security";

    private final Pattern pairAlliance;

    PairAlliance(Lexicon lexicon) {
        String abbreviations = lexicon.countries().stream().flatMap(c -> c.abbreviations().stream())
                .filter(a -> a.length() == 1 && Character.isLetter(a.charAt(0))).distinct()
                .collect(Collectors.joining());
        this.pairAlliance = Pattern.compile("[" + abbreviations + "]{2}(?:同盟|联盟)");
    }

    /** Whether the text names the alliance of a pair of countries. */
    boolean named(String text) {
        return pairAlliance.matcher(text).find();
    }
}
