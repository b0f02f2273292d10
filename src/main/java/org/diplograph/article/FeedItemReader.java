package org.diplograph.article;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Outlet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a feed item in the feedx layout: an optional Jekyll front matter, a {@code <!--epoch ms-->}
 * line, a Markdown link {@code [title](url)}, a line of dashes, then the item's HTML body.
 */
final class FeedItemReader {

    private static final Pattern TIMESTAMP = Pattern.compile("\\A<!--\\s*(\\d{10,14})\\s*-->\\s*");
    private static final Pattern LINK = Pattern.compile("\\A\\[(.*?)\\]\\((https?://[^)\\s]+)\\)\\s*\\n", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("\\A-{3,}[ \\t]*\\n");
    private static final Pattern DATE_HEADER = Pattern.compile("\\A日期：([^\\n]+)\\n");
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_]+):\\s*(.*)$", Pattern.MULTILINE);
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[–-]\\s+法国国际广播电台\\s+-\\s+RFI$");
    /** BBC feeds prefix titles with their section: "[World] …". */
    private static final Pattern TITLE_SECTION = Pattern.compile("^\\[[A-Za-z]+\\]\\s*");
    private static final int MAX_TITLE = 400;

    private final Lexicon lexicon;

    FeedItemReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean accepts(String text) {
        return text.startsWith("---") || TIMESTAMP.matcher(text).find() || text.startsWith("[");
    }

    Article read(String source, String text) throws ArticleReadException {
        String rest = text;
        Map<String, String> front = Map.of();
        if (rest.startsWith("---")) {
            int end = rest.indexOf("\n---", 3);
            if (end < 0) {
                throw new ArticleReadException(source, "front matter opened with --- is never closed");
            }
            front = frontMatter(rest.substring(3, end));
            rest = rest.substring(rest.indexOf('\n', end + 1) + 1);
        }
        rest = rest.stripLeading();
        Instant published = null;
        Matcher m = TIMESTAMP.matcher(rest);
        if (m.find()) {
            published = Instant.ofEpochMilli(Long.parseLong(m.group(1)));
            rest = rest.substring(m.end());
        }
        String title = front.get("title");
        String url = front.get("from");
        m = LINK.matcher(rest);
        if (m.find() && m.group(1).length() <= MAX_TITLE) {
            title = m.group(1);
            url = m.group(2);
            rest = rest.substring(m.end());
            Matcher rule = RULE.matcher(rest);
            if (rule.find()) {
                rest = rest.substring(rule.end());
            }
        } else if (front.isEmpty()) {
            throw new ArticleReadException(source, "no [title](url) line after the timestamp: not a feed item");
        }
        rest = rest.stripLeading();
        Matcher dateHeader = DATE_HEADER.matcher(rest);
        if (dateHeader.find()) {
            published = published != null ? published : parseDate(dateHeader.group(1).strip());
            rest = rest.substring(dateHeader.end());
        }
        // The front matter's date is the publication time; the epoch line is when the mirror fetched it.
        Instant fromFrontMatter = front.containsKey("date") ? parseDate(front.get("date")) : null;
        published = fromFrontMatter != null ? fromFrontMatter : published;
        if (title == null || title.isBlank()) {
            throw new ArticleReadException(source, "no title");
        }
        URI uri = ArticleReader.articleUrl(source, url);
        title = cleanTitle(title);
        Document body = Jsoup.parseBodyFragment(rest, uri.toString());
        Outlet outlet = lexicon.outletForHost(uri.getHost());
        Optional<Instant> stamped = removeLeadingDateline(body.body())
                .flatMap(stamp -> PublicationStamp.parse(stamp, outlet.timeZone()));
        published = stamped.orElse(published);
        if (published == null) {
            throw new ArticleReadException(source, "no publication time (no <!--epoch ms--> line, date: field or 日期： line)");
        }
        List<String> paragraphs = BodyText.paragraphs(body.body(), title);
        String language = LanguageGuesser.guess(title + String.join("", paragraphs));
        return new Article(source, uri, title, published, language, outlet, paragraphs);
    }

    static String cleanTitle(String raw) {
        String title = raw;
        // Jekyll titles are sometimes escaped twice (&amp;#21328;), so unescape until stable.
        for (int i = 0; i < 2; i++) {
            String unescaped = Parser.unescapeEntities(title, false);
            if (unescaped.equals(title)) {
                break;
            }
            title = unescaped;
        }
        title = BodyText.normalize(title);
        title = TITLE_SECTION.matcher(title).replaceFirst("");
        return TITLE_SUFFIX.matcher(title).replaceFirst("");
    }

    /**
     * Outlets open the body with a date or byline block (RFI, VOA, DW, NYT); it is not article text.
     * Removes it and returns the date it states.
     */
    private static Optional<String> removeLeadingDateline(Element body) {
        Element first = body.children().first();
        while (first != null && first.normalName().equals("div") && first.children().size() == 1
                && first.child(0).normalName().equals("div")) {
            first = first.child(0);
        }
        if (first != null && first.normalName().equals("div") && first.text().length() < 120
                && first.select("p").isEmpty()) {
            Optional<String> date = dateIn(first);
            if (date.isPresent()) {
                first.remove();
            }
            return date;
        }
        return Optional.empty();
    }

    private static Optional<String> dateIn(Element element) {
        for (Element e : element.getAllElements()) {
            for (org.jsoup.nodes.TextNode text : e.textNodes()) {
                String line = BodyText.normalize(text.getWholeText()).strip();
                if (BodyText.DATE_LINE.matcher(line).matches()) {
                    return Optional.of(line);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> frontMatter(String yaml) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = FRONT_MATTER_LINE.matcher(yaml);
        while (m.find()) {
            String value = m.group(2).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
            }
            values.put(m.group(1), value);
        }
        return values;
    }

    static Instant parseDate(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notRfc) {
                return null;
            }
        }
    }
}
