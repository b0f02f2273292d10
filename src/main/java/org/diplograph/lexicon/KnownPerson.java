package org.diplograph.lexicon;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One office period of a well-known person, so that a bare later mention (王毅表示) or a name that
 * the segmenter splits (布林肯) is still recognised.
 *
 * @param names the simplified name first, then traditional and other transliterations
 * @param iso3 the country the person serves, empty for officials of international organisations
 * @param from first month in office, empty when unknown
 * @param to last month in office, empty while in office
 */
public record KnownPerson(String nameZh, List<String> names, String nameEn, String iso3, String positionKey,
                          Optional<YearMonth> from, Optional<YearMonth> to, String wikidata) {

    /** Whether this office period covers the given month (open ends cover everything). */
    public boolean heldIn(YearMonth month) {
        return from.map(f -> !month.isBefore(f)).orElse(true) && to.map(t -> !month.isAfter(t)).orElse(true);
    }
}
