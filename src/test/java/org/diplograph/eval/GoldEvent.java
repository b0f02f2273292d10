package org.diplograph.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One annotated event of the evaluation set ({@code eval/gold/*.tsv}, format in {@code eval/GUIDELINES.md}).
 *
 * @param unit the article file, with {@code #story} for daily transcripts
 * @param from first day of the stated date (or of the period a partial date covers)
 * @param to last day; equal to {@code from} for a single day
 * @param undated the text gives no date: the publication date stands in
 * @param persons {@code name:position:ISO3} triples
 */
record GoldEvent(String unit, String type, Set<String> actors, Set<String> persons, LocalDate from, LocalDate to,
                 boolean undated, String status, Set<String> topics, String sentence) {

    boolean dateMatches(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    boolean dateExact(LocalDate date) {
        return date.equals(from);
    }

    static Set<String> split(String cell, String separator) {
        if (cell == null || cell.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(List.of(cell.strip().split(separator)));
    }
}
