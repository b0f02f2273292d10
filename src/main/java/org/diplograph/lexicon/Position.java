package org.diplograph.lexicon;

import java.util.List;

/**
 * An office such as foreign minister.
 *
 * @param titles every title that names this office (外长, 外交部长, 外相 …)
 * @param level heads, ministers, diplomats or other officials
 */
public record Position(String key, String nameEn, String nameZh, List<String> titles, Level level) {

    /** Rank of an office, used to filter timelines by level. */
    public enum Level { HEAD, MINISTER, DIPLOMAT, OFFICIAL;

        static Level parse(String value) {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
