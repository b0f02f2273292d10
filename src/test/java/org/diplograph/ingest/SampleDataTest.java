package org.diplograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.diplograph.article.Article;
import org.junit.jupiter.api.Test;

/** Every article of the shipped sample maps to a graph that conforms to the shapes, so a first run stores it all. */
class SampleDataTest {

    @Test
    void everySampleArticleMapsToAValidGraph() throws Exception {
        Pipeline pipeline = new Pipeline(URI.create("http://localhost:8080/"), 5_000_000);
        List<String> failures = new ArrayList<>();
        int events = 0;
        try (Stream<Path> files = Files.walk(Path.of("data/articles"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (Article article : pipeline.reader().read(file)) {
                    var text = pipeline.analyzer().analyze(article);
                    var extraction = pipeline.extractor().extract(text);
                    events += extraction.events().size();
                    Graph graph = pipeline.mapper().map(article, extraction.events(), text.keywords());
                    pipeline.validator().violations(graph, pipeline.reference())
                            .ifPresent(v -> failures.add(article.source() + ": " + v));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(events).isGreaterThan(100);
    }
}
