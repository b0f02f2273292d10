package org.diplograph.linkeddata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.web.Layout;
import org.diplograph.web.PageLanguage;

/**
 * Dereferencing of resource IRIs, following the W3C "Cool URIs" 303 pattern:
 * {@code GET /id/{kind}/{key}} answers {@code 303 See Other} to the HTML page {@code /page/{kind}/{key}}
 * or to the RDF document {@code /data/{kind}/{key}.{ttl|jsonld|rdf|nt}}, chosen by {@code Accept}
 * ({@code Vary: Accept}). The 303 keeps the resource (a country, a person) apart from the documents
 * about it, and every document has its own URL that can be bookmarked and cached.
 */
@Path("/")
public class LinkedDataResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance country(Layout layout, Views.CountryPage page);

        static native TemplateInstance person(Layout layout, Views.PersonPage page);

        static native TemplateInstance event(Layout layout, Views.EventPage page);

        static native TemplateInstance article(Layout layout, Views.ArticlePage page);

        static native TemplateInstance topic(Layout layout, Views.TopicPage page);

        static native TemplateInstance generic(Layout layout, Views.GenericPage page);
    }

    private final PageService pages;

    public LinkedDataResource(PageService pages) {
        this.pages = pages;
    }

    @GET
    @Path("id/{kind}/{key}")
    public Response dereference(@PathParam("kind") String kind, @PathParam("key") String key,
                                @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        pages.iri(kind, key);
        Optional<RdfFormat> format = RdfFormat.negotiate(accept);
        String target = format.map(f -> "/data/" + kind + "/" + key + "." + f.extension())
                .orElse("/page/" + kind + "/" + key);
        return Response.seeOther(URI.create(target)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("data/{kind}/{file}")
    public Response data(@PathParam("kind") String kind, @PathParam("file") String file) {
        int dot = file.lastIndexOf('.');
        Optional<RdfFormat> format = dot < 0 ? Optional.empty() : RdfFormat.byExtension(file.substring(dot + 1));
        if (format.isEmpty()) {
            throw new UnknownResourceException(kind + "/" + file);
        }
        Model model = pages.describe(pages.iri(kind, file.substring(0, dot)));
        RdfFormat f = format.get();
        StreamingOutput body = out -> RDFDataMgr.write(out, model, f.lang());
        return Response.ok(body, f.mediaType() + (f == RdfFormat.RDFXML ? "" : ";charset=utf-8")).build();
    }

    @GET
    @Path("page/{kind}/{key}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("kind") String kind, @PathParam("key") String key,
                                 @QueryParam("lang") String lang, @QueryParam("page") @DefaultValue("1") int page,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                 @Context UriInfo uri) {
        String iri = pages.iri(kind, key);
        PageLanguage language = PageLanguage.choose(lang, acceptLanguage);
        List<Layout.Alternate> alternates = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            alternates.add(new Layout.Alternate("/data/" + kind + "/" + key + "." + f.extension(), f.mediaType(),
                    f.extension()));
        }
        Layout layout = Layout.of(uri, language, alternates);
        TemplateInstance view = switch (kind) {
            case "country" -> Templates.country(layout, pages.country(iri, page));
            case "person" -> Templates.person(layout, pages.person(iri, page));
            case "event" -> Templates.event(layout, pages.event(iri));
            case "article" -> Templates.article(layout, pages.article(iri, page));
            case "topic" -> Templates.topic(layout, pages.topic(iri, page));
            default -> Templates.generic(layout, pages.generic(iri, kind, page));
        };
        return view.setLocale(language.locale());
    }
}
