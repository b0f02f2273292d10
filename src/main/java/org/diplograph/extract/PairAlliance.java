package org.diplograph.extract;

import java.util.regex.Pattern;
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
        this.pairAlliance = Pattern.compile("[" + PairRelations.abbreviationClass(lexicon) + "]{2}(?:同盟|联盟)");
    }

    /** Whether the text names the alliance of a pair of countries. */
    boolean named(String text) {
        // Most sentences name no alliance; the class would be tested at each of their characters.
        return text.contains("盟") && pairAlliance.matcher(text).find();
    }
}
