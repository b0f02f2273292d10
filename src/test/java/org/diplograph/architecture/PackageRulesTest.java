package org.diplograph.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layout along the pipeline holds: the stages never see HTTP or templates, the reading
 * features never reach back into text analysis or extraction, and nothing depends on ingest.
 */
class PackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/diplograph");

    private static List<String> violations(List<String> packages, List<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : packages) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        for (String prefix : forbidden) {
                            if (line.startsWith("import " + prefix)) {
                                found.add(file.getFileName() + ": " + line);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void stagesDoNotKnowHttpOrTemplates() throws IOException {
        assertThat(violations(List.of("lexicon", "article", "nlp", "extract", "rdf", "store"),
                List.of("jakarta.ws.rs", "io.quarkus.qute", "org.jboss.resteasy"))).isEmpty();
    }

    @Test
    void readingFeaturesDoNotReachIntoAnalysis() throws IOException {
        assertThat(violations(List.of("sparql", "linkeddata", "timeline"),
                List.of("org.diplograph.nlp", "org.diplograph.extract", "org.diplograph.article",
                        "org.diplograph.ingest", "com.hankcs"))).isEmpty();
    }

    @Test
    void hanlpJsoupAndTdb2StayInTheirStages() throws IOException {
        List<String> all = List.of("lexicon", "article", "nlp", "extract", "rdf", "store", "ingest", "sparql",
                "linkeddata", "timeline", "web");
        List<String> outsideNlp = all.stream().filter(p -> !p.equals("nlp")).toList();
        List<String> outsideArticle = all.stream().filter(p -> !p.equals("article")).toList();
        // The scanner does see imports: HanLP is imported where it belongs.
        assertThat(violations(List.of("nlp"), List.of("com.hankcs"))).isNotEmpty();
        assertThat(violations(outsideNlp, List.of("com.hankcs"))).isEmpty();
        assertThat(violations(outsideArticle, List.of("org.jsoup"))).isEmpty();
        assertThat(violations(List.of("lexicon", "article", "nlp", "extract", "rdf", "ingest", "timeline", "linkeddata"),
                List.of("org.apache.jena.tdb2"))).isEmpty();
    }
}
