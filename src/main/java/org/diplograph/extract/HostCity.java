package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        var in = HostCity.class.getClassLoader().getResourceAsStream("extract/host-cities.tsv");
        if (in == null) {
            throw new IllegalStateException("extract/host-cities.tsv missing from the class path");
        }
        Map<String, String> cities = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String country = cells[2].trim();
                cities.put(cells[0].trim(), country);
                for (String alias : cells[1].split("\\|")) {
                    if (!alias.isBlank()) {
                        cities.put(alias.trim(), country);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extract/host-cities.tsv", e);
        }
        return Map.copyOf(cities);
    }
}
