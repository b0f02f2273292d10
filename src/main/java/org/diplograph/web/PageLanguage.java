package org.diplograph.web;

import java.util.Locale;

/**
 * The language of a page's labels and texts: Chinese or English. Chosen by {@code ?lang=} (the switch
 * on every page), else by the best of {@code Accept-Language}, else Chinese, the language of the sources.
 */
public enum PageLanguage {
    ZH("zh", Locale.CHINESE), EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    PageLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isZh() {
        return this == ZH;
    }

    /** The other language, for the switch. */
    public PageLanguage other() {
        return this == ZH ? EN : ZH;
    }

    /**
     * @param param          the {@code lang} query parameter, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     */
    public static PageLanguage choose(String param, String acceptLanguage) {
        if (param != null && !param.isBlank()) {
            return param.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String r = range.getRange().toLowerCase(Locale.ROOT);
                    if (range.getWeight() > 0 && r.startsWith("en")) {
                        return EN;
                    }
                    if (range.getWeight() > 0 && r.startsWith("zh")) {
                        return ZH;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is not worth a 400: fall back to the default.
            }
        }
        return ZH;
    }
}
