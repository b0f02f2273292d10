package org.diplograph.lexicon;

import java.util.List;
import java.util.Optional;

/**
 * An international organisation, government body or news agency of the gazetteer.
 *
 * @param country for a government body, the state it acts for (白宫 → USA); empty for generic
 *     bodies (外交部) and for everything else
 */
public record Organization(String key, String wikidata, String nameEn, String nameZh, String nameZhHant,
                           List<String> names, Kind kind, Optional<String> country) {

    /** What role an organisation plays in a news text. */
    public enum Kind {
        /** Can take part in events (UN, EU, ASEAN …). */
        INTERGOVERNMENTAL,
        /** A source of the report, never a participant (韩联社, 路透社 …). */
        NEWS_AGENCY,
        /** A government body that acts for its country (外交部, 白宫 …). */
        GOVERNMENT_BODY;

        static Kind parse(String value) {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
