package org.diplograph.article;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Outlet;
import org.jsoup.Jsoup;

/**
 * Reads a daily multi-story Markdown transcript (CCTV 新闻联播): a {@code # 《…》 (YYYYMMDD)} heading, a
 * summary, then one {@code ###} section per story with HTML paragraphs and a {@code [查看原文](url)} link.
 * Each story becomes one article, published at the bulletin's air time.
 */
final class DailyTranscriptReader {

    private static final Pattern HEADING = Pattern.compile("\\A#\\s+[^\\n]*?\\((\\d{8})\\)");
    private static final Pattern SOURCE_LINK = Pattern.compile("\\[查看原文\\]\\((https?://[^)\\s]+)\\)");
    private static final String DETAILS = "## 详细新闻";
    private static final LocalTime AIR_TIME = LocalTime.of(19, 0);

    private final Lexicon lexicon;

    DailyTranscriptReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean accepts(String text) {
        return HEADING.matcher(text).find() && text.contains(DETAILS);
    }

    /** The stories of the bulletin that have text and a source link, in broadcast order. */
    List<Article> read(String source, String text) throws ArticleReadException {
        Matcher heading = HEADING.matcher(text);
        if (!heading.find()) {
            throw new ArticleReadException(source, "no '# title (YYYYMMDD)' heading");
        }
        LocalDate day = LocalDate.parse(heading.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        String details = text.substring(text.indexOf(DETAILS) + DETAILS.length());
        String[] sections = details.split("(?m)^### ");
        List<Article> stories = new ArrayList<>();
        for (int i = 1; i < sections.length; i++) {
            String section = sections[i];
            int newline = section.indexOf('\n');
            String title = BodyText.normalize(newline < 0 ? section : section.substring(0, newline));
            String body = newline < 0 ? "" : section.substring(newline + 1);
            Matcher link = SOURCE_LINK.matcher(body);
            if (!link.find()) {
                continue;
            }
            URI url = ArticleReader.articleUrl(source, link.group(1));
            Outlet outlet = lexicon.outletForHost(url.getHost());
            Instant published = day.atTime(AIR_TIME).atZone(outlet.timeZone()).toInstant();
            List<String> paragraphs = BodyText.paragraphs(Jsoup.parseBodyFragment(
                    SOURCE_LINK.matcher(body).replaceAll("")).body(), title);
            if (paragraphs.isEmpty()) {
                continue;
            }
            stories.add(new Article(source + "#" + i, url, title, published,
                    LanguageGuesser.guess(title + String.join("", paragraphs)), outlet, paragraphs));
        }
        if (stories.isEmpty()) {
            throw new ArticleReadException(source, "daily transcript without any story that has text and a source link");
        }
        return stories;
    }
}
