package org.diplograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class IngestServiceTest {

    @Inject
    IngestService ingest;

    @Test
    void badFilesFailAloneAndNameTheirReason(@TempDir Path dir) throws Exception {
        Files.copy(TestFixtures.article(TestFixtures.SEED), dir.resolve("a-seed.txt"));
        Files.write(dir.resolve("b-empty.md"), new byte[0]);
        Files.writeString(dir.resolve("c-garbage.md"), "<<<>>> not an article");
        Files.copy(TestFixtures.article("cctv-20221121.md"), dir.resolve("d-cctv.md"));
        IngestReport report = ingest.ingestPaths(List.of(dir, dir.resolve("missing.md")));
        assertThat(report.failures()).extracting(IngestFailure::reason).containsExactlyInAnyOrder(
                "empty input", "unrecognised format: expected a feed item ([title](url) header), a Jekyll post,"
                        + " an HTML page or a daily transcript", "no such file or directory")
                .isNotEmpty();
        assertThat(report.failures()).extracting(IngestFailure::source).allMatch(s -> s.endsWith("b-empty.md")
                || s.endsWith("c-garbage.md") || s.endsWith("missing.md"));
        assertThat(report.articles()).extracting(ArticleResult::title).contains("韩国新外长赵兑烈与中国外长王毅首次通电话",
                "习近平致电祝贺托卡耶夫当选哈萨克斯坦总统");
        assertThat(report.articles()).filteredOn(a -> a.title().startsWith("习近平致电祝贺托卡耶夫"))
                .flatExtracting(ArticleResult::events).extracting(ArticleResult.EventSummary::type).contains("Message");
    }
}
