package org.diplograph.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The HTML error pages, rendered by {@link ErrorMappers} for clients that accept HTML. */
public final class ErrorPages {

    private ErrorPages() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(Layout layout, String message);

        static native TemplateInstance badRequest(Layout layout, String message);
    }

    /** The 404 page, in the language the request asks for. */
    static String notFound(PageLanguage lang, String message) {
        Layout layout = new Layout(lang, "?lang=" + lang.other().tag(), List.of());
        return Templates.notFound(layout, message).setLocale(lang.locale()).render();
    }

    /** The 400 page (a bad filter on a page), in the language the request asks for. */
    static String badRequest(PageLanguage lang, String message) {
        Layout layout = new Layout(lang, "?lang=" + lang.other().tag(), List.of());
        return Templates.badRequest(layout, message).setLocale(lang.locale()).render();
    }
}
