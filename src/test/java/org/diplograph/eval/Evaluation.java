package org.diplograph.eval;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReadException;
import org.diplograph.extract.DiplomaticEvent;
import org.diplograph.extract.Participant;
import org.diplograph.ingest.Pipeline;

/**
 * Scores extraction against the annotated evaluation set under {@code src/test/resources/eval/}:
 * precision, recall and F1 for (a) events as (type, actors, date), (b) actor sets alone,
 * (c) participants (person, position, country), (d) exact dates of matched events, (e) topics of
 * matched events, and topics over all events; a confusion table of event types; and every miss and false alarm with its sentence.
 *
 * <p>Run it with {@code ./mvnw -q -Peval}.
 */
public final class Evaluation {

    /** Precision, recall and F1 from counts. */
    record Score(int truePositives, int predicted, int gold) {

        double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
        }

        @Override
        public String toString() {
            return String.format("P %.3f  R %.3f  F1 %.3f  (%d matched, %d predicted, %d gold)", precision(), recall(),
                    f1(), truePositives, predicted, gold);
        }
    }

    /** All figures of one run. */
    record Result(Score events, Score actors, Score participants, Score dates, Score topics, Score allTopics,
                  Map<String, Map<String, Integer>> confusion, List<String> misses, List<String> falseAlarms,
                  List<String> dateErrors, Map<String, Integer> topicErrors, List<String> topicMismatches,
                  List<String> personErrors, int units, int skipped) {
    }

    private final Pipeline pipeline;

    private final Map<String, String> aliases = new HashMap<>();

    Evaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
        for (var person : pipeline.lexicon().persons()) {
            person.names().forEach(n -> aliases.putIfAbsent(n, person.nameZh()));
        }
    }

    Result run(GoldSet gold) {
        Score events = new Score(0, 0, 0);
        Score actors = new Score(0, 0, 0);
        Score participants = new Score(0, 0, 0);
        Score dates = new Score(0, 0, 0);
        Score topics = new Score(0, 0, 0);
        // Topics of every event, found or not: a newly found event adds what it gets right instead of
        // diluting the topics of those found before, as it does in the figure over matched events.
        Score allTopics = new Score(0, 0, 0);
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        List<String> dateErrors = new ArrayList<>();
        Map<String, Integer> topicErrors = new TreeMap<>();
        List<String> topicMismatches = new ArrayList<>();
        List<String> personErrors = new ArrayList<>();
        Map<String, List<Article>> byFile = new HashMap<>();
        int skipped = 0;
        for (Map.Entry<String, List<GoldEvent>> unit : gold.units.entrySet()) {
            Article article = article(gold, unit.getKey(), byFile);
            var extraction = pipeline.extractor().extract(pipeline.analyzer().analyze(article));
            if (extraction.skipped().isPresent()) {
                skipped++;
            }
            List<DiplomaticEvent> predicted = extraction.events();
            List<GoldEvent> expected = unit.getValue();

            // (a) full events: type, actors and date; one-to-one.
            boolean[] goldUsed = new boolean[expected.size()];
            boolean[] predUsed = new boolean[predicted.size()];
            int full = 0;
            for (int p = 0; p < predicted.size(); p++) {
                for (int g = 0; g < expected.size(); g++) {
                    if (!goldUsed[g] && sameActors(predicted.get(p), expected.get(g))
                            && predicted.get(p).type().localName().equals(expected.get(g).type())
                            && expected.get(g).dateMatches(predicted.get(p).date())) {
                        goldUsed[g] = true;
                        predUsed[p] = true;
                        full++;
                        break;
                    }
                }
            }
            events = events.plus(new Score(full, predicted.size(), expected.size()));

            // (b) actor sets alone, as multisets.
            List<Set<String>> goldActors = new ArrayList<>(expected.stream().map(GoldEvent::actors).distinct().toList());
            List<Set<String>> predActors = predicted.stream().map(Evaluation::actors).distinct().toList();
            int actorHits = 0;
            for (Set<String> a : predActors) {
                if (goldActors.remove(a)) {
                    actorHits++;
                }
            }
            actors = actors.plus(new Score(actorHits, predActors.size(), (int) expected.stream().map(GoldEvent::actors)
                    .distinct().count()));

            // (c) participants of the unit: name, position, country.
            Set<String> goldPersons = new HashSet<>();
            expected.forEach(e -> e.persons().forEach(p -> goldPersons.add(canonical(p))));
            Set<String> predPersons = new HashSet<>();
            for (DiplomaticEvent e : predicted) {
                for (Participant p : e.persons()) {
                    predPersons.add(p.name() + ":" + p.position().orElse("") + ":" + p.country().orElse(""));
                }
            }
            Set<String> personHits = new HashSet<>(predPersons);
            personHits.retainAll(goldPersons);
            // Sorted: gold persons come from Set.copyOf, whose order changes from run to run, and two runs
            // of the same rules must print the same report.
            predPersons.stream().filter(x -> !goldPersons.contains(x)).sorted()
                    .forEach(x -> personErrors.add(unit.getKey() + "  extra  " + x));
            goldPersons.stream().filter(x -> !predPersons.contains(x)).sorted()
                    .forEach(x -> personErrors.add(unit.getKey() + "  missed " + x));
            participants = participants.plus(new Score(personHits.size(), predPersons.size(), goldPersons.size()));

            // (d), (e) and the confusion table, over pairs matched on type and actors (date aside): first
            // the pairs whose dates agree and whose gold row quotes a sentence the event was reported in, then
            // those whose dates agree, so that a stray report cannot take the gold of a correct one, nor two
            // reports of one day each other's gold.
            boolean[] goldPaired = new boolean[expected.size()];
            int[] pairOf = new int[predicted.size()];
            java.util.Arrays.fill(pairOf, -1);
            for (int pass = 0; pass < 3; pass++) {
                boolean dateAgrees = pass < 2;
                boolean sentenceAgrees = pass == 0;
                for (int p = 0; p < predicted.size(); p++) {
                    DiplomaticEvent pe = predicted.get(p);
                    for (int g = 0; g < expected.size() && pairOf[p] < 0; g++) {
                        if (!goldPaired[g] && sameActors(pe, expected.get(g))
                                && pe.type().localName().equals(expected.get(g).type())
                                && (!dateAgrees || expected.get(g).dateMatches(pe.date()))
                                && (!sentenceAgrees || reportedIn(pe, expected.get(g)))) {
                            goldPaired[g] = true;
                            pairOf[p] = g;
                        }
                    }
                }
            }
            for (int p = 0; p < predicted.size(); p++) {
                DiplomaticEvent pe = predicted.get(p);
                int best = pairOf[p];
                if (best >= 0) {
                    GoldEvent ge = expected.get(best);
                    dates = dates.plus(new Score(ge.dateExact(pe.date()) ? 1 : 0, 1, 1));
                    if (!ge.dateExact(pe.date())) {
                        dateErrors.add(String.format("%s  %s %s gold %s%s%s, extracted %s%s  «%s»", unit.getKey(),
                                ge.type(), new TreeSet<>(ge.actors()), ge.from(), ge.to().equals(ge.from()) ? "" : "/" + ge.to(),
                                ge.undated() ? "?" : "", pe.date(), pe.dateIsReportDate() ? "?" : "",
                                pe.evidence().get(0).sentence()));
                    }
                    Set<String> hit = new HashSet<>(pe.topics());
                    hit.retainAll(ge.topics());
                    pe.topics().stream().filter(t -> !ge.topics().contains(t))
                            .forEach(t -> topicErrors.merge(t + " extra", 1, Integer::sum));
                    ge.topics().stream().filter(t -> !pe.topics().contains(t))
                            .forEach(t -> topicErrors.merge(t + " missed", 1, Integer::sum));
                    topics = topics.plus(new Score(hit.size(), pe.topics().size(), ge.topics().size()));
                    allTopics = allTopics.plus(new Score(hit.size(), 0, 0));
                    if (hit.size() != pe.topics().size() || hit.size() != ge.topics().size()) {
                        topicMismatches.add(String.format("%s  %s %s extracted %s, gold %s  «%s»", unit.getKey(),
                                ge.type(), new TreeSet<>(ge.actors()), new TreeSet<>(pe.topics()),
                                new TreeSet<>(ge.topics()), pe.evidence().get(0).sentence()));
                    }
                }
            }
            allTopics = allTopics.plus(new Score(0, predicted.stream().mapToInt(e -> e.topics().size()).sum(),
                    expected.stream().mapToInt(e -> e.topics().size()).sum()));
            confusion(predicted, expected, confusion);
            for (int g = 0; g < expected.size(); g++) {
                if (!goldUsed[g]) {
                    GoldEvent ge = expected.get(g);
                    misses.add(String.format("%s  %s %s %s%s  «%s»", unit.getKey(), ge.type(), new TreeSet<>(ge.actors()),
                            ge.from(), ge.to().equals(ge.from()) ? "" : "/" + ge.to(), ge.sentence()));
                }
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (!predUsed[p]) {
                    DiplomaticEvent pe = predicted.get(p);
                    falseAlarms.add(String.format("%s  %s %s %s  «%s»", unit.getKey(), pe.type().localName(),
                            actors(pe), pe.date(), pe.evidence().get(0).sentence()));
                }
            }
        }
        return new Result(events, actors, participants, dates, topics, allTopics, confusion, misses, falseAlarms, dateErrors,
                topicErrors, topicMismatches, personErrors, gold.units.size(), skipped);
    }

    /**
     * Whether the gold row quotes a sentence the event was reported in: the row's sentence up to where it
     * is shortened (…) opens one of the event's evidence sentences. Traditional-script rows never agree,
     * since evidence is kept in simplified script; they are paired by the later passes.
     */
    private static boolean reportedIn(DiplomaticEvent event, GoldEvent gold) {
        String quoted = gold.sentence().split("…", 2)[0].strip();
        return quoted.length() >= 8 && event.evidence().stream().anyMatch(e -> e.sentence().strip().startsWith(quoted));
    }

    /** Types of events matched on actors and date, gold type → predicted type; "—" for none. */
    private static void confusion(List<DiplomaticEvent> predicted, List<GoldEvent> expected,
                                  Map<String, Map<String, Integer>> table) {
        boolean[] used = new boolean[predicted.size()];
        for (GoldEvent ge : expected) {
            String got = "—";
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p] && sameActors(predicted.get(p), ge) && ge.dateMatches(predicted.get(p).date())
                        && (got.equals("—") || predicted.get(p).type().localName().equals(ge.type()))) {
                    got = predicted.get(p).type().localName();
                    if (got.equals(ge.type())) {
                        used[p] = true;
                        break;
                    }
                }
            }
            if (!got.equals("—") && !got.equals(ge.type())) {
                for (int p = 0; p < predicted.size(); p++) {
                    if (!used[p] && predicted.get(p).type().localName().equals(got) && sameActors(predicted.get(p), ge)) {
                        used[p] = true;
                        break;
                    }
                }
            }
            table.computeIfAbsent(ge.type(), k -> new TreeMap<>()).merge(got, 1, Integer::sum);
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                table.computeIfAbsent("—", k -> new TreeMap<>()).merge(predicted.get(p).type().localName(), 1, Integer::sum);
            }
        }
    }

    /**
     * A gold participant with the person's name as the lexicon spells it: the article writes 川普 or
     * 蒲亭 or 唐纳德·特朗普 in full, the graph knows one 特朗普 and one 普京.
     */
    private String canonical(String participant) {
        int colon = participant.indexOf(':');
        String name = colon < 0 ? participant : participant.substring(0, colon);
        String rest = colon < 0 ? "" : participant.substring(colon);
        name = name.replace('•', '·');
        String surname = name.substring(name.lastIndexOf('·') + 1);
        if (!aliases.containsKey(name) && aliases.containsKey(surname)) {
            // "斯蒂芬·比根" in full is the known 比根.
            name = surname;
        }
        return aliases.getOrDefault(name, name) + rest;
    }

    private static Set<String> actors(DiplomaticEvent e) {
        Set<String> actors = new TreeSet<>(e.countries());
        actors.addAll(e.organizations());
        return actors;
    }

    private static boolean sameActors(DiplomaticEvent e, GoldEvent g) {
        return actors(e).equals(g.actors());
    }

    private Article article(GoldSet gold, String unit, Map<String, List<Article>> cache) {
        String file = unit.contains("#") ? unit.substring(0, unit.indexOf('#')) : unit;
        List<Article> articles = cache.computeIfAbsent(file, f -> {
            try {
                return pipeline.reader().read(gold.article(f));
            } catch (ArticleReadException e) {
                throw new IllegalStateException("evaluation article unreadable: " + e.getMessage(), e);
            }
        });
        if (!unit.contains("#")) {
            return articles.get(0);
        }
        String source = gold.article(file) + "#" + unit.substring(unit.indexOf('#') + 1);
        return articles.stream().filter(a -> a.source().equals(source)).findFirst()
                // Stories without text are not read as articles; an empty one stands in.
                .orElse(new Article(source, URI.create("https://tv.cctv.com/"), "", articles.get(0).published(),
                        "zh-Hans", articles.get(0).outlet(), List.of()));
    }

    static void print(Result r, PrintStream out) {
        out.printf("Evaluation set: %d units (articles or transcript stories), %d skipped by language%n%n", r.units(),
                r.skipped());
        out.println("(a) events (type, actors, date)  " + r.events());
        out.println("(b) actor sets                   " + r.actors());
        out.println("(c) participants                 " + r.participants());
        out.println("(d) dates exact, matched events  " + r.dates());
        out.println("(e) topics, matched events       " + r.topics());
        out.println("    topics, all events           " + r.allTopics());
        out.println();
        out.println("Confusion of event types (rows gold, columns predicted; — = none):");
        Set<String> columns = new TreeSet<>();
        r.confusion().values().forEach(m -> columns.addAll(m.keySet()));
        out.printf("%-12s", "");
        columns.forEach(c -> out.printf("%11s", c.length() > 10 ? c.substring(0, 10) : c));
        out.println();
        for (Map.Entry<String, Map<String, Integer>> row : r.confusion().entrySet()) {
            out.printf("%-12s", row.getKey());
            columns.forEach(c -> out.printf("%11s", row.getValue().getOrDefault(c, 0) == 0 ? "." : row.getValue().get(c)));
            out.println();
        }
        out.printf("%nParticipant errors (%d):%n", r.personErrors().size());
        r.personErrors().forEach(m -> out.println("  " + m));
        out.printf("%nTopic errors on matched events (topic, extra or missed, count):%n");
        r.topicErrors().entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.printf("  %-40s %d%n", e.getKey(), e.getValue()));
        out.printf("%nEvents whose topics differ (%d):%n", r.topicMismatches().size());
        r.topicMismatches().forEach(m -> out.println("  " + m));
        out.printf("%nDates that differ, events matched on type and actors (%d):%n", r.dateErrors().size());
        r.dateErrors().forEach(m -> out.println("  " + m));
        out.printf("%nMisses (%d):%n", r.misses().size());
        r.misses().forEach(m -> out.println("  " + m));
        out.printf("%nFalse alarms (%d):%n", r.falseAlarms().size());
        r.falseAlarms().forEach(m -> out.println("  " + m));
    }

    /** Scores as {@code name=value} lines, the format of the recorded baseline. */
    static Map<String, Double> figures(Result r) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("events.precision", r.events().precision());
        f.put("events.recall", r.events().recall());
        f.put("actors.f1", r.actors().f1());
        f.put("participants.f1", r.participants().f1());
        f.put("dates.exact", r.dates().precision());
        f.put("topics.all.f1", r.allTopics().f1());
        return f;
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval");
        Pipeline pipeline = new Pipeline(URI.create("http://localhost:8080/"), 5_000_000);
        Result result = new Evaluation(pipeline).run(GoldSet.load(root));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        print(result, out);
        out.println();
        out.println("Figures for eval/baseline.properties (rounded down):");
        figures(result).forEach((k, v) -> out.printf("%s=%.3f%n", k, Math.floor(v * 1000) / 1000));
    }
}
