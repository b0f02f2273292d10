package org.diplograph.linkeddata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.diplograph.web.Layout;
import org.diplograph.web.PageLanguage;

/**
 * The home page ({@code /}: what the graph holds, latest events, search box), search results
 * ({@code /search?q=}) and suggestions as you type ({@code /api/suggest?q=}, JSON).
 */
@Path("/")
public class HomeResource {

    /** Suggestions shown under the search box. */
    static final int SUGGESTIONS = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Layout layout, Views.HomePage page);

        static native TemplateInstance search(Layout layout, String q, List<Views.Hit> hits);
    }

    /** One suggestion: the label to show in the page language, the kind and the page to open. */
    public record Suggestion(String label, String kind, String href, String iri) {
    }

    private final PageService pages;
    private final SearchService search;

    public HomeResource(PageService pages, SearchService search) {
        this.pages = pages;
        this.search = search;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@QueryParam("lang") String lang,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context UriInfo uri) {
        PageLanguage language = PageLanguage.choose(lang, acceptLanguage);
        return Templates.home(Layout.of(uri, language, List.of()), pages.home()).setLocale(language.locale());
    }

    @GET
    @Path("search")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                   @Context UriInfo uri) {
        PageLanguage language = PageLanguage.choose(lang, acceptLanguage);
        return Templates.search(Layout.of(uri, language, List.of()), q == null ? "" : q.strip(), search.search(q, 50))
                .setLocale(language.locale());
    }

    @GET
    @Path("api/suggest")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("lang") String lang,
                                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageLanguage language = PageLanguage.choose(lang, acceptLanguage);
        return search.search(q, SUGGESTIONS).stream().map(h -> new Suggestion(h.link().label().in(language), h.kind(),
                pagePath(h.link().iri()) + "?lang=" + language.tag(), h.link().iri())).toList();
    }

    private static String pagePath(String iri) {
        return "/page/" + iri.substring(iri.lastIndexOf("/id/") + 4);
    }
}
