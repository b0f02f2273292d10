package org.diplograph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReadException;
import org.diplograph.ingest.Pipeline;

/**
 * Extraction throughput over a corpus: reads every article file, analyses it with HanLP and extracts
 * events, on one thread and on all cores with the same shared pipeline, and prints articles per
 * second (median of several rounds, after a warm-up round) and the speed-up, with the CPU time the workers' threads
 * spent per article: on a machine shared with other work, wall-clock rates drift with the load, CPU time much less.
 *
 * <p>Run it with {@code ./mvnw -q -Pbench-extract} (corpus directory as {@code -Dcorpus=…}, default
 * {@code ../shared/corpus}).
 */
public final class ExtractionBenchmark {

    private static final int ROUNDS = 3;

    /** One pass over all articles: articles per second of wall-clock time, and CPU milliseconds per article. */
    private record Round(double rate, double cpuMsPerArticle) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Pipeline pipeline = new Pipeline(URI.create("http://localhost:8080/"), 5_000_000);
        List<Article> articles = read(pipeline, corpus);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Corpus %s: %d articles (stories counted one by one), %d cores%n", corpus, articles.size(),
                cores);
        run(pipeline, articles, 1);
        Round one = median(pipeline, articles, 1);
        Round all = median(pipeline, articles, cores);
        System.out.printf("1 thread:   %.1f articles/s, %.2f ms CPU per article (medians of %d rounds)%n", one.rate(),
                one.cpuMsPerArticle(), ROUNDS);
        System.out.printf("%d threads:  %.1f articles/s, %.2f ms CPU per article (medians of %d rounds)%n", cores,
                all.rate(), all.cpuMsPerArticle(), ROUNDS);
        System.out.printf("speed-up:   %.2fx%n", all.rate() / one.rate());
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

    private static Round median(Pipeline pipeline, List<Article> articles, int threads) throws Exception {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rounds.add(run(pipeline, articles, threads));
        }
        return new Round(rounds.stream().mapToDouble(Round::rate).sorted().toArray()[ROUNDS / 2],
                rounds.stream().mapToDouble(Round::cpuMsPerArticle).sorted().toArray()[ROUNDS / 2]);
    }

    /** One pass over all articles. */
    private static Round run(Pipeline pipeline, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    var text = pipeline.analyzer().analyze(articles.get(i));
                    events.addAndGet(pipeline.extractor().extract(text).events().size());
                }
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
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
        return new Round(articles.size() / seconds, cpuNanos.get() / 1e6 / articles.size());
    }
}
