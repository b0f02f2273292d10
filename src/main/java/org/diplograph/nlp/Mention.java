package org.diplograph.nlp;

import java.util.Optional;

/**
 * A span of text that names an actor, an office or a source.
 *
 * @param key country ISO alpha-3 code, organisation key, position key, or a person's simplified name
 * @param start character offset in {@link AnalyzedText#text()}
 * @param country for persons and positions: the country they stand for, when the text or the
 *     lexicon tells it
 * @param position for persons: the position stated with this mention (or known from the lexicon)
 */
public record Mention(Kind kind, Form form, String key, String surface, int start, Optional<String> country,
                      Optional<String> position) {

    /** What a mention names. */
    public enum Kind { COUNTRY, ORGANIZATION, NEWS_AGENCY, POSITION, PERSON }

    /** How it names it; extraction trusts some forms more than others. */
    public enum Form {
        /** The full or short name (韩国, 南韩, South Korea). */
        NAME,
        /** A "X方" form standing for the government (中方, 韩方). */
        SIDE,
        /** A capital city, standing for the government only in diplomatic context (北京, 华盛顿). */
        CAPITAL,
        /** One character of a pair compound (中 and 韩 in 中韩两国). */
        ABBREVIATION,
        /** A person introduced with a position (韩国外长赵兑烈) or a later mention of one. */
        PATTERN,
        /** A person recognised from the lexicon of known persons. */
        KNOWN
    }

    public int end() {
        return start + surface.length();
    }

    /** The state this mention stands for: a country itself, or the country of a person, title or body. */
    public Optional<String> state() {
        return kind == Kind.COUNTRY ? Optional.of(key) : country;
    }

    static Mention of(Kind kind, Form form, String key, String surface, int start) {
        return new Mention(kind, form, key, surface, start, Optional.empty(), Optional.empty());
    }
}
