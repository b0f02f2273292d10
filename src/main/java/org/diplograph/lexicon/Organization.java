package org.diplograph.lexicon;

import java.util.List;

/** An international organisation, government body or news agency of the gazetteer. */
public record Organization(String key, String wikidata, String nameEn, String nameZh, String nameZhHant,
                           List<String> names, Kind kind) {

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
