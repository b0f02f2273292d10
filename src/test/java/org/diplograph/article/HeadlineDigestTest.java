package org.diplograph.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

class HeadlineDigestTest {

    private final ArticleReader reader = new ArticleReader(TestFixtures.lexicon(), 2_000_000);

    private Article read(String body) throws Exception {
        String item = "<!--1608116400000-->\n[2020-12-16 新闻联播 文字版](https://cn.govopendata.com/xinwenlianbo/20201216/)\n"
                + "------\n\n" + body;
        return reader.read("item.md", item.getBytes(StandardCharsets.UTF_8), Optional.empty()).get(0);
    }

    @Test
    void bodyOfNothingButLinkedHeadlinesKeepsTheHeadlines() throws Exception {
        Article digest = read("<div><li><a href=\"https://cn.govopendata.com/xinwenlianbo/20201216/#1\">"
                + "习近平同智利总统通电话</a></li><li><a href=\"https://cn.govopendata.com/xinwenlianbo/20201216/#2\">"
                + "汪洋会见巴基斯坦参议院主席</a></li></div>");
        assertThat(digest.paragraphs()).containsExactly("习近平同智利总统通电话", "汪洋会见巴基斯坦参议院主席");
    }

    @Test
    void linkedLinesBesideArticleTextStayNavigation() throws Exception {
        Article article = read("<div><p>外交部发言人今天主持例行记者会。</p>"
                + "<li><a href=\"https://example.org/a\">汪洋会见巴基斯坦参议院主席</a></li></div>");
        assertThat(article.paragraphs()).containsExactly("外交部发言人今天主持例行记者会。");
    }
}
