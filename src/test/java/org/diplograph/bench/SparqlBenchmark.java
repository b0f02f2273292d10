package org.diplograph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Diplograph's SPARQL endpoint against Apache Jena Fuseki on the same TDB2 database: generates
 * {@code bench.events} synthetic events ({@link SyntheticDataset}), lets Diplograph add its ontology
 * and reference graphs, copies the database for Fuseki (one process per TDB2 directory), starts both
 * on 127.0.0.1 and runs a fixed, seeded query mix at 1, 4 and 16 concurrent clients, each level bounded
 * by {@code bench.seconds} and {@code bench.requests}. Prints queries/s and p50/p99 latency side by
 * side with the ratio Diplograph/Fuseki. Run it with {@code bench/sparql-bench.sh} (not a test).
 */
public final class SparqlBenchmark {

    static final int DG_PORT = Integer.getInteger("bench.dg-port", 8091);
    static final int FUSEKI_PORT = Integer.getInteger("bench.fuseki-port", 8092);

    record Stats(int clients, long done, long errors, double seconds, double p50, double p99, List<Long> latencies) {
        double qps() {
            return done / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        long events = Long.getLong("bench.events", 100_000);
        int seconds = Integer.getInteger("bench.seconds", 15);
        int maxRequests = Integer.getInteger("bench.requests", 5000);
        Path root = Path.of(System.getProperty("bench.dir", "target/bench"));
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        Path fusekiJar = root.resolve("jena-fuseki-server-5.6.0.jar");
        for (Path p : List.of(jar, fusekiJar)) {
            if (!Files.exists(p)) {
                throw new IllegalStateException("missing " + p + ": run bench/sparql-bench.sh, which builds and fetches it");
            }
        }
        Path dir = root.resolve("events-" + events);
        Path dgDb = dir.resolve("diplograph");
        Path fuDb = dir.resolve("fuseki");
        SyntheticDataset data = new SyntheticDataset(events);
        if (!Files.exists(dir.resolve("ready"))) {
            deleteTree(dir);
            Files.createDirectories(dgDb);
            long t0 = System.nanoTime();
            long quads = data.writeTo(dgDb);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "loaded %,d events = %,d quads into TDB2 in %.1f s (%,.0f quads/s)%n",
                    events, quads, loadSeconds, quads / loadSeconds);
            // Diplograph writes its ontology and reference graphs on start-up: let it, then copy.
            Process once = startDiplograph(jar, dgDb, dir);
            waitReady(DG_PORT, "/sparql", once);
            stop(once);
            copyTree(dgDb, fuDb);
            Files.writeString(dir.resolve("ready"), "loaded in " + loadSeconds + " s\n");
        }
        Process dg = startDiplograph(jar, dgDb, dir);
        Process fu = startFuseki(fusekiJar, fuDb, dir);
        try {
            waitReady(DG_PORT, "/sparql", dg);
            waitReady(FUSEKI_PORT, "/ds/sparql", fu);
            String dgUrl = "http://127.0.0.1:" + DG_PORT + "/sparql";
            String fuUrl = "http://127.0.0.1:" + FUSEKI_PORT + "/ds/sparql";
            String count = "SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://w3id.org/diplograph/ontology#DiplomaticEvent> }";
            String a = ask(dgUrl, count);
            String b = ask(fuUrl, count);
            System.out.println("event count  diplograph: " + a.strip().replace("\r\n", " ") + "   fuseki: "
                    + b.strip().replace("\r\n", " "));
            if (!a.equals(b)) {
                throw new IllegalStateException("the two servers do not see the same data");
            }
            List<String> mix = QueryMix.queries(data, 400);
            System.out.println("warming up …");
            run(dgUrl, mix, 4, 10, 2000);
            run(fuUrl, mix, 4, 10, 2000);
            List<Stats[]> rows = new ArrayList<>();
            for (int clients : new int[] {1, 4, 16}) {
                // Alternate in rounds so that drift in the machine's load hits both servers alike.
                List<Stats> ds = new ArrayList<>();
                List<Stats> fs = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    ds.add(run(dgUrl, mix, clients, seconds / ROUNDS, maxRequests / ROUNDS));
                    fs.add(run(fuUrl, mix, clients, seconds / ROUNDS, maxRequests / ROUNDS));
                }
                rows.add(new Stats[] {merge(ds), merge(fs)});
                System.out.printf(Locale.ROOT, "  %2d clients done%n", clients);
            }
            String table = table(events, rows);
            System.out.println(table);
            Files.writeString(dir.resolve("results.md"), table);
        } finally {
            stop(dg);
            stop(fu);
        }
    }

    static final int ROUNDS = 3;

    static Stats merge(List<Stats> rounds) {
        long done = 0;
        long errors = 0;
        double seconds = 0;
        List<Long> all = new ArrayList<>();
        for (Stats s : rounds) {
            done += s.done();
            errors += s.errors();
            seconds += s.seconds();
            all.addAll(s.latencies());
        }
        all.sort(Comparator.naturalOrder());
        return new Stats(rounds.get(0).clients(), done, errors, seconds, percentile(all, 0.50), percentile(all, 0.99), all);
    }

    static String table(long events, List<Stats[]> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%n%,d events, query mix of %d kinds of query, Diplograph vs Fuseki 5.6.0 on copies"
                + " of one TDB2 database, %d alternating rounds per level%n%n", events, QueryMix.KINDS, ROUNDS));
        sb.append("| clients | Diplograph q/s | p50 ms | p99 ms | Fuseki q/s | p50 ms | p99 ms | ratio q/s (D/F) | errors D/F |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Stats[] r : rows) {
            Stats d = r[0];
            Stats f = r[1];
            sb.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f× | %d/%d |%n",
                    d.clients(), d.qps(), d.p50(), d.p99(), f.qps(), f.p50(), f.p99(), d.qps() / f.qps(),
                    d.errors(), f.errors()));
        }
        return sb.toString();
    }

    static Stats run(String endpoint, List<String> mix, int clients, int seconds, int maxRequests) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i >= maxRequests) {
                        return;
                    }
                    String q = mix.get(i % mix.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(post(endpoint, q), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        latencies.add(System.nanoTime() - t0);
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(Comparator.naturalOrder());
        return new Stats(clients, sorted.size(), errors.get(), elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted);
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    static HttpRequest post(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    static String ask(String endpoint, String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString()).body();
    }

    static Process startDiplograph(Path jar, Path db, Path dir) throws IOException {
        return new ProcessBuilder("java", "-Xmx2g", "-Ddiplograph.store.path=" + db.toAbsolutePath(),
                "-Ddiplograph.sample-data=false", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + DG_PORT,
                // One benchmark process is one client: the per-client budget would throttle it.
                "-Ddiplograph.sparql.budget-per-minute=0s",
                "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("diplograph.log").toFile()).start();
    }

    static Process startFuseki(Path jar, Path db, Path dir) throws IOException {
        return new ProcessBuilder("java", "-Xmx2g", "-jar", jar.toAbsolutePath().toString(), "--localhost",
                "--port=" + FUSEKI_PORT, "--tdb2", "--loc=" + db.toAbsolutePath(),
                "--set", "tdb:unionDefaultGraph=true", "/ds")
                // Fuseki writes its run area (run/) into the working directory: keep it out of the repository.
                .directory(dir.toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile()).start();
    }

    static void waitReady(int port, String path, Process p) throws Exception {
        String url = "http://127.0.0.1:" + port + path + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("server on port " + port + " exited; see its log in target/bench");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("server on port " + port + " did not start");
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        deleteTree(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }

    /** The fixed query mix: six kinds of question, parameters drawn with a fixed seed. */
    static final class QueryMix {
        static final int KINDS = 6;
        static final String PREFIXES = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
                + "PREFIX schema: <https://schema.org/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

        static List<String> queries(SyntheticDataset data, int n) {
            Random rnd = new Random(7);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String c1 = "<" + SyntheticDataset.id("country", rnd.nextInt(3) == 0 ? "CHN"
                        : data.countries.get(rnd.nextInt(15))).getURI() + ">";
                String c2 = "<" + SyntheticDataset.id("country", data.countries.get(rnd.nextInt(30))).getURI() + ">";
                String person = "<" + SyntheticDataset.id("person", String.format("p%06d", rnd.nextInt(data.persons / 3))).getURI() + ">";
                String event = "<" + SyntheticDataset.id("event", String.format("%016x", (long) rnd.nextInt((int) Math.min(Integer.MAX_VALUE, data.events)))).getURI() + ">";
                String outlet = "<" + SyntheticDataset.id("outlet", data.outlets.get(rnd.nextInt(12))).getURI() + ">";
                int year = 2014 + rnd.nextInt(12);
                int month = 1 + rnd.nextInt(12);
                String from = String.format("%d-%02d-01", year, month);
                String to = month == 12 ? (year + 1) + "-01-01" : String.format("%d-%02d-01", year, month + 1);
                out.add(PREFIXES + switch (i % KINDS) {
                    case 0 -> "SELECT ?event ?date ?type WHERE { ?event dg:participant " + c1 + ", " + c2
                            + " ; dg:date ?date ; a ?type . FILTER (?type != dg:DiplomaticEvent) } ORDER BY ?date LIMIT 100";
                    case 1 -> "SELECT ?event ?date WHERE { ?event dg:participant " + person + " ; dg:date ?date }"
                            + " ORDER BY DESC(?date) LIMIT 50";
                    case 2 -> "SELECT ?p ?o WHERE { " + event + " ?p ?o }";
                    case 3 -> "SELECT ?topic (COUNT(DISTINCT ?event) AS ?n) WHERE { ?event dg:participant " + c1 + ", "
                            + c2 + " ; dg:topic ?topic } GROUP BY ?topic ORDER BY DESC(?n) LIMIT 10";
                    case 4 -> "SELECT ?article ?date WHERE { ?article schema:publisher " + outlet
                            + " ; schema:datePublished ?date } ORDER BY DESC(?date) LIMIT 20";
                    default -> "SELECT ?event ?date WHERE { ?event dg:participant " + c1 + " ; dg:date ?date"
                            + " FILTER (?date >= \"" + from + "\"^^xsd:date && ?date < \"" + to + "\"^^xsd:date) }";
                });
            }
            return out;
        }
    }
}
