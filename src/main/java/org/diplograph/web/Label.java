package org.diplograph.web;

/**
 * A resource's name in Chinese and English; either may be null. Pages show {@link #in} the page's
 * language, falling back to the other one so that a linked resource never shows as a bare IRI.
 */
public record Label(String zh, String en) {

    public static final Label NONE = new Label(null, null);

    /** The label in the language, else in the other language, else an empty string. */
    public String in(PageLanguage lang) {
        String first = lang == PageLanguage.EN ? en : zh;
        String second = lang == PageLanguage.EN ? zh : en;
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null ? "" : second;
    }

    /** This label, or {@code fallback} in both languages when it has neither. */
    public Label or(String fallback) {
        return zh == null && en == null ? new Label(fallback, fallback) : this;
    }
}
