package org.diplograph.article;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Outlet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads a full HTML news page: title from {@code og:title} or {@code <title>}, URL from the canonical
 * link, {@code og:url} or the headline's own link, publication time from {@code article:published_time},
 * an embedded feed timestamp, {@code <time>} or date meta tags, and the paragraphs of the article block.
 */
final class HtmlPageReader {

    private static final Pattern EPOCH_COMMENT = Pattern.compile("\\s*(\\d{13})\\s*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[–|—-]\\s+");
    private static final String[] DATE_META = {"meta[property=article:published_time]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=date]", "meta[itemprop=datePublished]", "meta[name=DC.date.issued]",
        "meta[property=og:article:published_time]"};
    private static final String[] TIME_ELEMENTS = {"time[datetime]", "time, .date, [itemprop=datePublished]"};
    private static final String[] CONTAINERS = {"[itemprop=articleBody]", "article", "main", "[role=main]"};

    private final Lexicon lexicon;

    HtmlPageReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean accepts(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head");
    }

    Article read(String source, String html, Optional<URI> urlHint) throws ArticleReadException {
        Document page = Jsoup.parse(html);
        String title = title(page);
        if (title.isEmpty()) {
            throw new ArticleReadException(source, "HTML page without a title (no og:title, no <title>)");
        }
        URI url = urlHint.isPresent() ? urlHint.get() : ArticleReader.articleUrl(source, url(page, title)
                .orElseThrow(() -> new ArticleReadException(source,
                        "HTML page without its URL (no canonical link, no og:url, no link on the headline)")));
        Outlet outlet = lexicon.outletForHost(url.getHost());
        Instant published = published(page, outlet.timeZone()).orElseThrow(() -> new ArticleReadException(source,
                "HTML page without a publication date (no article:published_time, <time> or date meta tag)"));
        Element container = container(page);
        List<String> paragraphs = BodyText.paragraphs(container, title);
        String language = LanguageGuesser.guess(title + String.join("", paragraphs));
        return new Article(source, url, title, published, language, outlet, paragraphs);
    }

    private static String title(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return FeedItemReader.cleanTitle(og.attr("content"));
        }
        // "Headline – Site name": keep the part before the first separator.
        String[] parts = TITLE_SEPARATOR.split(page.title(), 2);
        return FeedItemReader.cleanTitle(parts[0]);
    }

    private static Optional<String> url(Document page, String title) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            return Optional.of(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"));
        }
        Element og = page.selectFirst("meta[property=og:url][content]");
        if (og != null) {
            return Optional.of(og.attr("content"));
        }
        // Mirrors and archives link the headline to the original article.
        for (Element link : page.select("a[href^=http]")) {
            if (FeedItemReader.cleanTitle(link.text()).equals(title)) {
                return Optional.of(link.attr("href"));
            }
        }
        return Optional.empty();
    }

    /**
     * The publication time: a date meta tag; else the outlet's own stamp in a mirrored feed item's
     * body (RFI's "04/07/2021 - 00:45"); else the page's date, made precise by the item's
     * {@code <!--epoch-->} when that falls on the same day (the epoch alone is when the mirror
     * fetched the item, sometimes a day later); else any time element.
     */
    private static Optional<Instant> published(Document page, ZoneId newsroom) {
        for (String selector : DATE_META) {
            Element meta = page.selectFirst(selector);
            if (meta != null) {
                Optional<Instant> parsed = parse(meta.attr("content"));
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        Element container = container(page);
        Optional<Instant> stamped = outletStamp(container, newsroom);
        if (stamped.isPresent()) {
            return stamped;
        }
        Optional<Instant> embedded = embeddedFeedTimestamp(container);
        // The outlet's own machine-readable time (<time datetime>) before the dates a mirror prints around it.
        Optional<Instant> dated = Arrays.stream(TIME_ELEMENTS)
                .flatMap(selector -> container.select(selector).stream())
                .flatMap(time -> parse((time.hasAttr("datetime") ? time.attr("datetime") : time.text()).strip()).stream())
                .findFirst();
        if (dated.isPresent() && embedded.isPresent() && !utcDay(dated.get()).equals(utcDay(embedded.get()))) {
            return dated;
        }
        Optional<Instant> day = dated;
        return embedded.or(() -> day);
    }

    private static LocalDate utcDay(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The date block a mirrored feed item opens with, as {@link PublicationStamp} reads it. */
    private static Optional<Instant> outletStamp(Element container, ZoneId newsroom) {
        for (Element div : container.select("div")) {
            if (div.children().isEmpty() || div.children().size() == 1 && div.child(0).normalName().equals("i")) {
                String text = BodyText.normalize(div.text()).strip();
                if (text.length() < 60 && BodyText.DATE_LINE.matcher(text).matches()) {
                    return PublicationStamp.parse(text, newsroom);
                }
            }
        }
        return Optional.empty();
    }

    /** A mirrored feed item keeps its {@code <!--epoch ms-->} comment, the most precise time there is. */
    private static Optional<Instant> embeddedFeedTimestamp(Element container) {
        for (Element element : container.getAllElements()) {
            for (Node child : element.childNodes()) {
                if (child instanceof Comment comment) {
                    Matcher m = EPOCH_COMMENT.matcher(comment.getData());
                    if (m.matches()) {
                        return Optional.of(Instant.ofEpochMilli(Long.parseLong(m.group(1))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Instant instant = FeedItemReader.parseDate(value);
        if (instant != null) {
            return Optional.of(instant);
        }
        try {
            // A bare date is taken at midnight UTC: the day is all the page tells.
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value)
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Element container(Document page) {
        for (String selector : CONTAINERS) {
            Element found = page.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return page.body();
    }
}
