package org.diplograph.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

class OutletTimeElementTest {

    private final ArticleReader reader = new ArticleReader(TestFixtures.lexicon(), 2_000_000);

    @Test
    void outletsOwnTimeElementOutranksTheMirrorsDate() throws Exception {
        // The mirror prints the day it filed the item; the outlet's <time datetime> inside it is the day
        // of publication, and the item's epoch (04:37 UTC) falls on that day.
        String html = "<!DOCTYPE html><html><head><title>克里访华</title></head><body><article class=\"post\">"
                + "<span class=\"date\">2021-04-16</span><div class=\"entry\"><!--1618634273000-->"
                + "<time datetime=\"2021-04-17\">40 分钟前</time><p>美国总统气候特使克里访问上海。</p>"
                + "</div></article></body></html>";
        Article page = reader.read("page.html", html.getBytes(StandardCharsets.UTF_8),
                Optional.of(URI.create("https://www.bbc.com/zhongwen/simp/world-56781004"))).get(0);
        assertThat(page.published().atZone(page.outlet().timeZone()).toLocalDate())
                .isEqualTo(LocalDate.of(2021, 4, 17));
    }
}
