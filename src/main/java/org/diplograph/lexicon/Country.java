package org.diplograph.lexicon;

import java.util.List;

/**
 * A country or major territory of the gazetteer.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, the country's key
 * @param wikidata Wikidata item id (e.g. {@code Q884}), empty when unknown
 * @param names every surface form that names the country on its own (zh simplified and
 *     traditional, English, full and short names, "X方" forms)
 * @param abbreviations single characters used in pair compounds such as 中韩
 * @param capitals capital city names, which stand for the government in diplomatic context
 * @param territory whether this is a territory rather than a sovereign state
 */
public record Country(String iso3, String wikidata, String nameEn, String nameZh, String nameZhHant,
                      List<String> names, List<String> sideForms, List<String> abbreviations,
                      List<String> capitals, boolean territory) {
}
