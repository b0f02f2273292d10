package org.diplograph.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Formatting for the HTML templates, so that templates hold no logic: labels in the page language
 * and local links to our resources. Stateless and thread-safe.
 */
@TemplateExtension
public class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** {@code {label.of(lang)}}: the label in the page language. */
    static String of(Label label, PageLanguage lang) {
        return label == null ? "" : label.in(lang);
    }

    /**
     * {@code {iri.page}}: the path of the HTML page of one of our IRIs ({@code …/id/country/KOR} →
     * {@code /page/country/KOR}), so that links work whatever host and port serve the pages.
     */
    static String page(String iri) {
        if (iri == null) {
            return "#";
        }
        int i = iri.lastIndexOf("/id/");
        return i < 0 ? iri : "/page/" + iri.substring(i + 4);
    }

    /** {@code {iri.key}}: the last path segment of one of our IRIs (an ISO code for a country). */
    static String key(String iri) {
        return iri == null ? "" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** {@code {dateTime.day}}: the date part of an ISO date-time ({@code 2024-02-07T10:00:00Z} → {@code 2024-02-07}). */
    static String day(String isoDateTime) {
        return isoDateTime == null || isoDateTime.length() < 10 ? isoDateTime : isoDateTime.substring(0, 10);
    }

    /** {@code {dateTime.minute}}: an ISO date-time shortened to minutes, {@code T} replaced by a space. */
    static String minute(String isoDateTime) {
        if (isoDateTime == null || isoDateTime.length() < 16) {
            return isoDateTime;
        }
        return isoDateTime.substring(0, 10) + " " + isoDateTime.substring(11, 16);
    }
}
