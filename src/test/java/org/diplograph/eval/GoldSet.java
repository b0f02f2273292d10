package org.diplograph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The evaluation set: every annotated unit (article or transcript story) with its gold events. */
final class GoldSet {

    /** Gold events per unit; units annotated {@code NONE} map to an empty list. */
    final Map<String, List<GoldEvent>> units = new LinkedHashMap<>();
    private final List<Path> articleRoots;

    private GoldSet(Path root) {
        // The sample articles shipped in data/articles belong to the set too; they are not copied twice.
        this.articleRoots = List.of(root.resolve("articles"), Path.of("data/articles"));
    }

    /** The file of an annotated article, under the set's own articles or the shipped sample. */
    Path article(String file) {
        for (Path root : articleRoots) {
            Path candidate = root.resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("evaluation article missing: " + file + " (looked in " + articleRoots + ")");
    }

    static GoldSet load(Path root) {
        GoldSet set = new GoldSet(root);
        try (Stream<Path> files = Files.list(root.resolve("gold"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                set.read(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    private void read(Path file) throws IOException {
        boolean header = true;
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = text.split("\t", -1);
            if (c.length < 10) {
                throw new IllegalStateException(file + ":" + line + ": expected 11 columns, got " + c.length);
            }
            String unit = c[1].isBlank() ? c[0] : c[0] + "#" + c[1].strip();
            List<GoldEvent> events = units.computeIfAbsent(unit, u -> new ArrayList<>());
            if (c[2].equals("NONE")) {
                continue;
            }
            Set<String> actors = new HashSet<>(GoldEvent.split(c[3], ","));
            actors.addAll(GoldEvent.split(c[4], ","));
            String date = c[6].strip();
            boolean undated = date.endsWith("?");
            String[] range = date.replace("?", "").split("/");
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
            events.add(new GoldEvent(unit, c[2].strip(), Set.copyOf(actors), GoldEvent.split(c[5], ";"), from, to,
                    undated, c[7].strip(), GoldEvent.split(c[8], ","), c[9]));
        }
    }
}
