package org.diplograph.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * What the base layout of every page needs besides the page's own data: the language, the link
 * that switches it (same page, same parameters), and the alternate representations to advertise
 * with {@code <link rel="alternate">}.
 */
public record Layout(PageLanguage lang, String switchHref, List<Alternate> alternates) {

    /** An alternate representation of the page (an RDF format, a download). */
    public record Alternate(String href, String mediaType, String name) {
    }

    /** The layout of the page at {@code uri}, in {@code lang}. */
    public static Layout of(UriInfo uri, PageLanguage lang, List<Alternate> alternates) {
        java.net.URI other = uri.getRequestUriBuilder().replaceQueryParam("lang", lang.other().tag()).build();
        return new Layout(lang, other.getRawPath() + "?" + other.getRawQuery(), alternates);
    }


    /** The start of the link to another page of a list on a resource page: {@code ?lang=zh&}. */
    public String pagePrefix() {
        return "?lang=" + lang.tag() + "&";
    }
}
