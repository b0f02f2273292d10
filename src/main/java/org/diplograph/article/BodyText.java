package org.diplograph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an article's HTML body into clean paragraphs: no images, scripts, share links, promos,
 * feed-mirror footers, datelines or repeated titles.
 */
final class BodyText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "br", "hr", "tr", "table", "section", "article", "header", "footer", "pre", "dd",
            "dt", "main", "figcaption", "center");

    private static final String JUNK = "script, style, noscript, img, picture, figure, iframe, svg, video, audio, "
            + "source, form, button, input, select, textarea, nav, aside, link, meta, "
            + "[data-root-share], [data-selfpromo-newsletter], [data-selfpromo-app], [class*=self-promo]";

    private static final Pattern SHARE_LINK = Pattern.compile(
            "facebook\\.com/(dialog/share|sharer)|twitter\\.com/(intent|share)|x\\.com/intent|^whatsapp:"
                    + "|web\\.whatsapp\\.com/send|line\\.me/R/msg|service\\.weibo\\.com/share|t\\.me/share"
                    + "|linkedin\\.com/share|telegram\\.me/share|mailto:\\?");

    /** Date or date-time lines that outlets put above the body (07/02/2024 - 19:01, RFC 822, ISO 8601). */
    static final Pattern DATE_LINE = Pattern.compile(
            "\\d{1,2}/\\d{1,2}/\\d{4}( - \\d{1,2}:\\d{2})?"
                    + "|\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?)?"
                    + "|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}(:\\d{2})? \\w+"
                    + "|日期：.*");

    private static final Pattern BOILERPLATE = Pattern.compile(
            "分享\\s*:?|获取更多RSS.*|文章版权归原作者所有。?|点击.*订阅.*|.*(https?://)?feedx\\.(net|run|xyz|top).*"
                    + "|原文|null|undefined|Share this|Advertisement");

    /** Class or id words of page furniture around an article (related links, share bars, pagination …). */
    private static final Pattern CHROME = Pattern.compile("(^|[-_])(related|sametag|recommend\\w*|pagination|sidebar"
            + "|breadcrumbs?|comments?|share|social|footer|nav|navigation|promo|newsletter|subscribe|advert\\w*|ads)([-_]|$)",
            Pattern.CASE_INSENSITIVE);

    // Paragraph-length floor below which a line without sentence punctuation is taken for page chrome.
    private static final int SHORT_LINE = 8;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?.…”」』）)]$");

    private BodyText() {
    }

    /**
     * The paragraphs of {@code root}; {@code title} is dropped where the page repeats it. The element is
     * modified (junk removed), so callers pass a document they own.
     */
    static List<String> paragraphs(Element root, String title) {
        root.select(JUNK).remove();
        removeChrome(root);
        removeShareBlocks(root);
        removeFeedFooters(root);
        List<String> lines = new ArrayList<>();
        List<String> linkLines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        // Text inside links, per block: a block that is nothing but links is navigation, not article text.
        StringBuilder linked = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                    if (insideLink(text, root)) {
                        linked.append(text.getWholeText());
                    }
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, linked, lines, linkLines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, linked, lines, linkLines);
                }
            }
        }, root);
        flush(current, linked, lines, linkLines);
        String normalizedTitle = normalize(title == null ? "" : title);
        List<String> kept = lines.stream().filter(line -> keep(line, normalizedTitle)).toList();
        // A body that is nothing but links is a digest (a news show's running order): its headlines are the text.
        return kept.isEmpty() ? linkLines.stream().filter(line -> keep(line, normalizedTitle)).toList() : kept;
    }

    private static boolean insideLink(Node node, Element root) {
        for (Node n = node.parent(); n != null && n != root; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** Ends a block: its lines go to {@code lines}, or to {@code linkLines} when the block is nothing but links. */
    private static void flush(StringBuilder current, StringBuilder linked, List<String> lines, List<String> linkLines) {
        String links = normalize(linked.toString());
        linked.setLength(0);
        if (!links.isEmpty() && links.replaceAll("\\s", "").equals(current.toString().replaceAll("[\\s\\u00A0\\u3000]", ""))) {
            linkLines.add(links);
            current.setLength(0);
            return;
        }
        for (String line : current.toString().split("\n")) {
            String clean = normalize(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        current.setLength(0);
    }

    /** Collapses runs of white space, including no-break and ideographic spaces, and trims. */
    static String normalize(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000\\u200B]+", " ").strip();
    }

    private static boolean keep(String line, String title) {
        String bare = line.replaceAll("[—\\-–\\s]+$", "");
        if (!title.isEmpty() && (bare.equals(title) || line.equals(title))) {
            return false;
        }
        if (DATE_LINE.matcher(line).matches() || BOILERPLATE.matcher(line).matches()) {
            return false;
        }
        return line.length() >= SHORT_LINE || SENTENCE_END.matcher(line).matches();
    }

    private static void removeShareBlocks(Element root) {
        for (Element link : root.select("a[href]")) {
            if (link.parent() == null || !SHARE_LINK.matcher(link.attr("href")).find()) {
                continue;
            }
            // Share buttons come in a row: drop the container too when it holds nothing but such links.
            Element container = link.parent();
            link.remove();
            while (container != null && container != root && normalize(container.text()).length() < 12
                    && container.select("a[href]").isEmpty()) {
                Element parent = container.parent();
                container.remove();
                container = parent;
            }
        }
    }

    private static void removeChrome(Element root) {
        for (Element element : root.select("[class], [id]")) {
            if (element == root || element.parent() == null) {
                continue;
            }
            boolean chrome = CHROME.matcher(element.id()).find()
                    || element.classNames().stream().anyMatch(c -> CHROME.matcher(c).find());
            if (chrome) {
                element.remove();
            }
        }
    }

    private static void removeFeedFooters(Element root) {
        for (Element element : root.getElementsContainingOwnText("获取更多RSS")) {
            if (element.parent() != null) {
                element.remove();
            }
        }
    }
}
