package org.diplograph.lexicon;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All reference data of Diplograph, loaded from {@code lexicon/*.tsv} on the class path.
 * Immutable after construction and safe to share between threads.
 */
public final class Lexicon {

    /** Zone assumed for outlets not in {@code outlets.tsv}: most of the corpus is written for Beijing time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final String[] FILES = {"countries", "organizations", "positions", "persons", "topics", "outlets"};

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, Position> positions = new LinkedHashMap<>();
    private final List<KnownPerson> persons = new ArrayList<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final List<Outlet> outlets = new ArrayList<>();
    private final String version;

    private Lexicon() {
        for (TsvTable.Row row : TsvTable.read("lexicon/countries.tsv")) {
            Country country = country(row);
            countries.put(country.iso3(), country);
        }
        for (TsvTable.Row row : TsvTable.read("lexicon/organizations.tsv")) {
            Organization org = new Organization(row.get("key"), row.get("wikidata"), row.get("name_en"),
                    row.get("name_zh"), row.get("name_zh_hant"),
                    names(row.get("name_zh"), row.get("name_zh_hant"), row.get("name_en"), row.list("aliases")),
                    Organization.Kind.parse(row.get("kind")), Optional.of(row.get("iso3")).filter(c -> !c.isEmpty()));
            organizations.put(org.key(), org);
        }
        for (TsvTable.Row row : TsvTable.read("lexicon/positions.tsv")) {
            Position position = new Position(row.get("key"), row.get("name_en"), row.get("name_zh"),
                    names(row.get("name_zh"), "", "", row.list("aliases")), Position.Level.parse(row.get("level")));
            positions.put(position.key(), position);
        }
        for (TsvTable.Row row : TsvTable.read("lexicon/persons.tsv")) {
            persons.add(person(row));
        }
        for (TsvTable.Row row : TsvTable.read("lexicon/topics.tsv")) {
            Topic topic = new Topic(row.get("key"), row.get("name_en"), row.get("name_zh"),
                    row.get("plover_context"), row.list("triggers"));
            topics.put(topic.key(), topic);
        }
        for (TsvTable.Row row : TsvTable.read("lexicon/outlets.tsv")) {
            outlets.add(new Outlet(row.get("host").toLowerCase(Locale.ROOT), row.get("key"), row.get("name_en"),
                    row.get("name_zh"), ZoneId.of(row.get("timezone"))));
        }
        // Longest suffix first, so that news.cn does not shadow a more specific host.
        outlets.sort((a, b) -> Integer.compare(b.hostSuffix().length(), a.hostSuffix().length()));
        version = digest();
    }

    /** Loads the lexicon shipped with Diplograph. Takes a few milliseconds; callers keep the instance. */
    public static Lexicon load() {
        return new Lexicon();
    }

    private Country country(TsvTable.Row row) {
        String iso3 = row.get("iso3");
        if (!iso3.matches("[A-Z]{3}")) {
            throw row.error("not an ISO 3166-1 alpha-3 code: " + iso3);
        }
        return new Country(iso3, row.get("wikidata"), row.get("name_en"), row.get("name_zh"),
                row.get("name_zh_hant"),
                names(row.get("name_zh"), row.get("name_zh_hant"), row.get("name_en"), row.list("aliases")),
                row.list("side"), row.list("abbr"), row.list("capitals"), "territory".equals(row.get("kind")));
    }

    private static KnownPerson person(TsvTable.Row row) {
        return new KnownPerson(row.get("name_zh"),
                names(row.get("name_zh"), row.get("name_zh_hant"), "", row.list("aliases")),
                row.get("name_en"), row.get("iso3"), row.get("position"),
                month(row, "from"), month(row, "to"), row.get("wikidata"));
    }

    private static Optional<YearMonth> month(TsvTable.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.length() == 4 ? YearMonth.of(Integer.parseInt(value), 1) : YearMonth.parse(value));
        } catch (RuntimeException e) {
            throw row.error("not a YYYY-MM month in column " + column + ": " + value);
        }
    }

    private static List<String> names(String zh, String zhHant, String en, List<String> aliases) {
        List<String> names = new ArrayList<>();
        for (String name : List.of(zh, zhHant, en)) {
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        aliases.stream().filter(a -> !names.contains(a)).forEach(names::add);
        return List.copyOf(names);
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                try (var in = getClass().getClassLoader().getResourceAsStream("lexicon/" + file + ".tsv")) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException("cannot fingerprint the lexicon", e);
        }
    }

    /** A short fingerprint of the lexicon files, recorded as provenance of extractions. */
    public String version() {
        return version;
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    public Collection<Organization> organizations() {
        return organizations.values();
    }

    public Optional<Organization> organization(String key) {
        return Optional.ofNullable(organizations.get(key));
    }

    public Collection<Position> positions() {
        return positions.values();
    }

    public Optional<Position> position(String key) {
        return Optional.ofNullable(positions.get(key));
    }

    public List<KnownPerson> persons() {
        return List.copyOf(persons);
    }

    public Collection<Topic> topics() {
        return topics.values();
    }

    public Optional<Topic> topic(String key) {
        return Optional.ofNullable(topics.get(key));
    }

    public List<Outlet> outlets() {
        return List.copyOf(outlets);
    }

    /**
     * The outlet publishing under a host. Unknown hosts still get an outlet, keyed by the host
     * without {@code www.}, in {@link #DEFAULT_ZONE}.
     */
    public Outlet outletForHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (Outlet outlet : outlets) {
            if (h.equals(outlet.hostSuffix()) || h.endsWith("." + outlet.hostSuffix())) {
                return outlet;
            }
        }
        String key = h.startsWith("www.") ? h.substring(4) : h;
        return new Outlet(key, key, key, key, DEFAULT_ZONE);
    }
}
