package org.diplograph.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReadException;
import org.diplograph.ingest.Pipeline;

/**
 * Extraction throughput over a corpus: reads every article file, analyses it with HanLP and extracts
 * events, on one thread and on all cores with the same shared pipeline, and prints articles per
 * second (median of several rounds, after a warm-up round) and the speed-up.
 *
 * <p>Run it with {@code ./mvnw -q -Pbench-extract} (corpus directory as {@code -Dcorpus=…}, default
 * {@code ../shared/corpus}).
 */
public final class ExtractionBenchmark {

    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Pipeline pipeline = new Pipeline(URI.create("http://localhost:8080/"), 5_000_000);
        List<Article> articles = read(pipeline, corpus);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Corpus %s: %d articles (stories counted one by one), %d cores%n", corpus, articles.size(),
                cores);
        run(pipeline, articles, 1);
        double one = median(pipeline, articles, 1);
        double all = median(pipeline, articles, cores);
        System.out.printf("1 thread:   %.1f articles/s (median of %d rounds)%n", one, ROUNDS);
        System.out.printf("%d threads:  %.1f articles/s (median of %d rounds)%n", cores, all, ROUNDS);
        System.out.printf("speed-up:   %.2fx%n", all / one);
    }

    private static List<Article> read(Pipeline pipeline, Path corpus) throws IOException {
        List<Article> articles = new ArrayList<>();
        int unreadable = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).filter(ExtractionBenchmark::isArticle).sorted().toList()) {
                try {
                    articles.addAll(pipeline.reader().read(file));
                } catch (ArticleReadException e) {
                    unreadable++;
                }
            }
        }
        System.out.printf("%d files not readable as articles (empty bodies and the like)%n", unreadable);
        return articles;
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        return !file.toString().contains("/coded/") && !name.equals("README.md") && !name.endsWith(".tsv");
    }

    private static double median(Pipeline pipeline, List<Article> articles, int threads) throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rates.add(run(pipeline, articles, threads));
        }
        rates.sort(null);
        return rates.get(ROUNDS / 2);
    }

    /** One pass over all articles; returns articles per second. */
    private static double run(Pipeline pipeline, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    var text = pipeline.analyzer().analyze(articles.get(i));
                    events.addAndGet(pipeline.extractor().extract(text).events().size());
                }
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            // A failing article must end the run with its error, not leave idle workers keeping the JVM up.
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (events.get() == 0) {
            throw new IllegalStateException("no events extracted: the benchmark measured nothing");
        }
        return articles.size() / seconds;
    }
}
