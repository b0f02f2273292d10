package org.diplograph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(TestFixtures.lexicon(), 2_000_000);

    private Article single(String fixture) throws ArticleReadException {
        List<Article> articles = reader.read(TestFixtures.article(fixture));
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void readsSeedFeedItem() throws Exception {
        Article seed = single(TestFixtures.SEED);
        assertThat(seed.title()).isEqualTo("韩国新外长赵兑烈与中国外长王毅首次通电话");
        assertThat(seed.url().getHost()).isEqualTo("www.rfi.fr");
        assertThat(seed.url().toString()).startsWith("https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/20240207-");
        // The article's own stamp (07/02/2024 - 19:01, Paris), not the mirror's fetch time.
        assertThat(seed.published()).isEqualTo(Instant.parse("2024-02-07T18:01:00Z"));
        assertThat(seed.language()).isEqualTo("zh-Hans");
        assertThat(seed.outlet().key()).isEqualTo("rfi");
        assertThat(seed.paragraphs().get(0)).startsWith("韩国新外长赵兑烈2月6日与中国外长王毅首次通电话");
        assertThat(seed.paragraphs()).hasSize(8);
        assertThat(seed.paragraphs().get(7)).startsWith("中国外交部在一份声明中援引王毅的话说");
        assertThat(seed.body()).doesNotContain("分享", "feedx", "获取更多RSS", "07/02/2024", "http", "<");
    }

    @Test
    void dropsBylineAndDateBlockOfFeedItem() throws Exception {
        Article dw = single("dw-feedx-raw.md");
        assertThat(dw.outlet().key()).isEqualTo("dw");
        assertThat(dw.published()).isEqualTo(Instant.parse("2020-06-26T14:37:14.899Z"));
        assertThat(dw.paragraphs().get(0)).startsWith("（德国之声中文网）欧盟的金融监管机构");
        assertThat(dw.body()).doesNotContain("2020-06-26T14:37:14.899Z", "叶宣（综合报道）");
    }

    @Test
    void readsJekyllPostInTraditionalScript() throws Exception {
        Article cna = single("cna-feedx-jekyll.md");
        assertThat(cna.title()).isEqualTo("劉光源出任中國外交部駐港特派員");
        assertThat(cna.url()).isEqualTo(URI.create("https://www.cna.com.tw/news/acn/202105190051.aspx"));
        assertThat(cna.language()).isEqualTo("zh-Hant");
        assertThat(cna.published()).isEqualTo(Instant.parse("2021-05-19T03:04:02Z"));
        assertThat(cna.paragraphs().get(0)).startsWith("（中央社記者張謙香港19日電）");
    }

    @Test
    void readsFeedItemWithoutTimestampFromDateLine() throws Exception {
        Article cdt = single("cdt-no-timestamp.md");
        assertThat(cdt.published()).isEqualTo(Instant.parse("2020-06-23T04:50:23Z"));
        assertThat(cdt.url().getHost()).isEqualTo("chinadigitaltimes.net");
        assertThat(cdt.body()).doesNotContain("日期：");
    }

    @Test
    void htmlPageKeepsItsOwnDayWhenTheMirrorFetchedItLater() throws Exception {
        // The page is dated 2021-07-06; the mirror's <!--epoch--> is the next day, Singapore time.
        Article page = reader.read(java.nio.file.Path.of("data/articles/html-pages/zaobao/2021-07-06_ad9967598b.html")).get(0);
        assertThat(page.published().atZone(page.outlet().timeZone()).toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2021, 7, 6));
    }

    @Test
    void readsHtmlPage() throws Exception {
        Article page = single("rfi-page.html");
        assertThat(page.title()).isEqualTo("默克尔访问英国：“事情得一步一步来”");
        assertThat(page.url().getHost()).isEqualTo("www.rfi.fr");
        assertThat(page.outlet().key()).isEqualTo("rfi");
        // RFI's own stamp in the mirrored item (04/07/2021 - 00:15, Paris), not the mirror's fetch time.
        assertThat(page.published()).isEqualTo(Instant.parse("2021-07-03T22:15:00Z"));
        assertThat(page.paragraphs().get(0)).startsWith("据德国《时代》周报报道，约翰逊隆重接待了默克尔");
        assertThat(page.body()).doesNotContain("文章版权归原作者所有", "的其它文章", "前一篇", "toggle_visibility",
                "04/07/2021", "原文");
    }

    @Test
    void readsHtmlPageInGbkDeclaredByMeta() throws Exception {
        Article utf8 = single("rfi-page.html");
        Article gbk = single("rfi-page-gbk.html");
        assertThat(gbk.title()).isEqualTo(utf8.title());
        assertThat(gbk.paragraphs()).isEqualTo(utf8.paragraphs());
    }

    @Test
    void readsEveryStoryOfDailyTranscript() throws Exception {
        List<Article> stories = reader.read(TestFixtures.article("cctv-20221121.md"));
        assertThat(stories).extracting(Article::title).contains(
                "习近平同牙买加总督就中牙建交50周年互致贺电 李克强同牙买加总理互致贺电",
                "习近平致电祝贺托卡耶夫当选哈萨克斯坦总统").doesNotContain("undefined");
        Article first = stories.get(0);
        assertThat(first.url().toString()).isEqualTo("https://tv.cctv.com/2022/11/21/VIDEXfw190VRwrzcP6ahGqTL221121.shtml");
        assertThat(first.published()).isEqualTo(Instant.parse("2022-11-21T11:00:00Z"));
        assertThat(first.paragraphs().get(0)).startsWith("央视网消息（新闻联播）：11月21日，国家主席习近平同牙买加总督艾伦互致贺电");
        assertThat(stories).extracting(Article::url).doesNotHaveDuplicates();
    }

    @Test
    void refusesEmptyInputNamingTheSource() {
        assertThatThrownBy(() -> reader.read("empty.md", new byte[0], Optional.empty()))
                .isInstanceOf(ArticleReadException.class).hasMessage("empty.md: empty input");
    }

    @Test
    void refusesInvalidUtf8WithoutDeclaredCharset() {
        byte[] latin1 = "[标题](https://example.org/a)\n------\n<p>正文</p>".getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThatThrownBy(() -> reader.read("gbk-feed.md", latin1, Optional.empty()))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageStartingWith("gbk-feed.md: not valid UTF-8 (first invalid byte at offset 1)");
    }

    @Test
    void refusesOversizedInputBeforeParsing() {
        ArticleReader small = new ArticleReader(TestFixtures.lexicon(), 100);
        assertThatThrownBy(() -> small.read(TestFixtures.article(TestFixtures.SEED)))
                .isInstanceOf(ArticleReadException.class).hasMessageContaining("too large: 4164 bytes, the limit is 100");
    }

    @Test
    void refusesUnknownFormatAndBrokenHeaders() {
        assertThatThrownBy(() -> reader.read("x.txt", "just some text".getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isInstanceOf(ArticleReadException.class).hasMessageContaining("unrecognised format");
        assertThatThrownBy(() -> reader.read("x.md", "<!--1707331504000-->\nno link here".getBytes(StandardCharsets.UTF_8),
                Optional.empty())).hasMessageContaining("no [title](url) line");
        assertThatThrownBy(() -> reader.read("x.md", "[t](ftp://host/x)\n------\n<p>a</p>".getBytes(StandardCharsets.UTF_8),
                Optional.empty())).isInstanceOf(ArticleReadException.class);
        assertThatThrownBy(() -> reader.read("x.md", "[t](https://h.org/x)\n------\n<p>a</p>".getBytes(StandardCharsets.UTF_8),
                Optional.empty())).hasMessageContaining("no publication time");
        assertThatThrownBy(() -> reader.read("x.bin", new byte[] {'<', 'p', 0, 1, 2}, Optional.empty()))
                .hasMessageContaining("binary content");
    }

    @Test
    void htmlPageWithoutUrlNeedsAHint() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>中美外长通电话</title>"
                + "<meta property=\"article:published_time\" content=\"2021-03-01T08:00:00Z\"></head>"
                + "<body><article><p>中国外长王毅1日与美国国务卿布林肯通电话。</p></article></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("page.html", bytes, Optional.empty()))
                .hasMessageContaining("without its URL");
        Article article = reader.read("page.html", bytes, Optional.of(URI.create("https://news.example.org/a/1"))).get(0);
        assertThat(article.published()).isEqualTo(Instant.parse("2021-03-01T08:00:00Z"));
        assertThat(article.paragraphs()).containsExactly("中国外长王毅1日与美国国务卿布林肯通电话。");
        assertThat(article.outlet().key()).isEqualTo("news.example.org");
    }
}
