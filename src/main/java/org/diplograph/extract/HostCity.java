package org.diplograph.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.lexicon.TsvTable;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "11月在格拉斯哥（Glasgow）举办联合国…第26次缔约方会议": a gathering of an organisation held in a city that
 * hosts conferences has that city's country as its host, as one held in a capital does
 * ({@link MultilateralContact#addHost}). The cities are listed in {@code extract/host-cities.tsv}, read
 * once. Stateless.
 */
final class HostCity {

    private static final Map<String, String> COUNTRY_OF_CITY = load();
    /** "在格拉斯哥（Glasgow）举办", "于康沃尔郡举行的": the city right after 在/于, before the verb of holding. */
    private static final Pattern HELD_IN = Pattern.compile("(?<![原本])(?:在|于)(" + String.join("|",
            COUNTRY_OF_CITY.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
            + ")(?:[(（][^()（）]{1,20}[)）])?(?:举行|召开|举办)");
    private static final Pattern MOVED = Pattern.compile("(?:原定|原计划|原本|本应|本来)[^，。；]{0,4}$");

    private HostCity() {
    }

    /** Adds the country of the host city a summit of an organisation named in its clause is held in. */
    static void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        int clauseStart = Clauses.start(s, match.start());
        int clauseEnd = Clauses.end(s, match.end());
        boolean organisations = sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION
                && m.start() - sentence.start() >= clauseStart && m.start() - sentence.start() < clauseEnd
                && actors.organizations().contains(m.key()));
        if (!organisations) {
            return;
        }
        Matcher held = HELD_IN.matcher(s).region(clauseStart, clauseEnd);
        if (held.find() && !MOVED.matcher(s.substring(clauseStart, held.start())).find()) {
            countryOf(held.group(1)).ifPresent(actors.countries()::add);
        }
    }

    /** Whether the words before a summit's name say it is held in a host city (在格拉斯哥（Glasgow）举办). */
    static boolean namesHeld(String clauseBefore) {
        return HELD_IN.matcher(clauseBefore).find();
    }

    static Optional<String> countryOf(String city) {
        return Optional.ofNullable(COUNTRY_OF_CITY.get(city));
    }

    private static Map<String, String> load() {
        Map<String, String> cities = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read("extract/host-cities.tsv")) {
            String country = row.get("iso3");
            cities.put(row.get("city"), country);
            row.list("aliases").forEach(alias -> cities.put(alias, country));
        }
        return Map.copyOf(cities);
    }
}
