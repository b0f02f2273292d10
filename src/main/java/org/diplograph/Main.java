package org.diplograph;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.diplograph.ingest.ArticleResult;
import org.diplograph.ingest.IngestFailure;
import org.diplograph.ingest.IngestReport;
import org.diplograph.ingest.IngestService;

/**
 * Entry point of the runnable jar. Without arguments it runs the service; with
 * {@code ingest PATH...} it ingests files and directories into the configured store, prints one
 * line per article and per failure, and exits (status 1 if anything failed).
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    @Inject
    IngestService ingest;

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("ingest")) {
            // A batch run serves no HTTP and loads no sample data: it only does what it was asked.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("diplograph.sample-data", "false");
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (!args[0].equals("ingest") || args.length < 2) {
            System.err.println("usage: java -jar quarkus-run.jar [ingest PATH...]");
            return 2;
        }
        List<Path> paths = Arrays.stream(args).skip(1).map(Path::of).toList();
        IngestReport report = ingest.ingestPaths(paths);
        for (ArticleResult article : report.articles()) {
            System.out.printf("ok      %s: %d events%s  %s%n", article.source(), article.events().size(),
                    article.skipped().map(s -> " (" + s + ")").orElse(""), article.title());
            article.events().forEach(e -> System.out.printf("          %s %s %s %s%n", e.type(), e.date(),
                    String.join(",", e.countries()), e.iri()));
        }
        for (IngestFailure failure : report.failures()) {
            System.out.printf("FAILED  %s: %s%n", failure.source(), failure.reason());
        }
        System.out.printf("%d articles, %d events, %d failures; %s%n", report.articles().size(),
                report.eventCount(), report.failures().size(), report.timings());
        return report.failures().isEmpty() ? 0 : 1;
    }
}
