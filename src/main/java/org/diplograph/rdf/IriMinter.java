package org.diplograph.rdf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mints every IRI Diplograph publishes, as {@code {base}id/{kind}/{key}}. Keys are deterministic:
 * countries by ISO alpha-3 code, positions, topics, organisations and outlets by their lexicon keys,
 * everything else by a stable hash of what identifies it, so re-ingesting an article mints the same IRIs.
 */
public final class IriMinter {

    /** Kinds of resource, the path segment after {@code id/}. */
    public enum Kind {
        COUNTRY("country"), PERSON("person"), ORGANIZATION("organization"), OUTLET("outlet"), EVENT("event"),
        ARTICLE("article"), TOPIC("topic"), POSITION("position"), PARTICIPATION("participation"),
        MENTION("mention"), ACTIVITY("activity");

        private final String segment;

        Kind(String segment) {
            this.segment = segment;
        }

        public String segment() {
            return segment;
        }
    }

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._~-]+");

    private final String base;
    private final Pattern own;

    /** @param base an absolute http(s) URI; a missing trailing slash is added */
    public IriMinter(URI base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b : b + "/";
        this.own = Pattern.compile(Pattern.quote(this.base) + "id/([a-z]+)/(" + KEY.pattern() + ")");
    }

    public String base() {
        return base;
    }

    /** The IRI of the named graph of reference data (countries, positions, topics, organisations). */
    public String referenceGraph() {
        return base + "graph/reference";
    }

    public String country(String iso3) {
        return iri(Kind.COUNTRY, iso3.toUpperCase(Locale.ROOT));
    }

    public String person(String name) {
        return iri(Kind.PERSON, hash(name));
    }

    public String organization(String key) {
        return iri(Kind.ORGANIZATION, key);
    }

    public String outlet(String key) {
        return iri(Kind.OUTLET, key);
    }

    public String topic(String key) {
        return iri(Kind.TOPIC, key);
    }

    public String position(String key) {
        return iri(Kind.POSITION, key);
    }

    /** An event, by its key (type, sorted actors, date): reports of the same event share it. */
    public String event(String eventKey) {
        return iri(Kind.EVENT, hash(eventKey));
    }

    /** An article, by its URL. Also the name of the article's graph. */
    public String article(URI url) {
        return iri(Kind.ARTICLE, hash(url.toString()));
    }

    /** A person's part in an event as one article states it. */
    public String participation(String eventKey, String person, String articleIri) {
        return iri(Kind.PARTICIPATION, hash(eventKey + "|" + person + "|" + articleIri));
    }

    /** One report of an event in one article, at one sentence. */
    public String mention(String eventKey, String articleIri, int start) {
        return iri(Kind.MENTION, hash(eventKey + "|" + articleIri + "|" + start));
    }

    public String activity(String version) {
        return iri(Kind.ACTIVITY, hash(version));
    }

    /** The kind and key of one of our resource IRIs, or empty for any other IRI. */
    public Optional<String[]> parse(String iri) {
        Matcher m = own.matcher(iri);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    private String iri(Kind kind, String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a valid IRI key: " + key);
        }
        return base + "id/" + kind.segment() + "/" + key;
    }

    /** First 16 hex digits of the SHA-256 of the text: stable across runs and machines. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
