package org.diplograph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated data file (the lexicon's, and the extractor's rule tables): one header line naming the
 * columns, {@code #} comment lines, multi-valued cells separated by {@code |}.
 */
public final class TsvTable {

    /** One data row, read by column name. */
    public record Row(String file, int line, Map<String, Integer> columns, String[] cells) {

        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalStateException(file + ": no column '" + column + "'");
            }
            return index < cells.length ? cells[index].trim() : "";
        }

        public List<String> list(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        IllegalStateException error(String reason) {
            return new IllegalStateException(file + " line " + line + ": " + reason);
        }
    }

    private TsvTable() {
    }

    /** Reads a class-path resource; a missing file is a packaging error and fails loudly. */
    public static List<Row> read(String resource) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file missing from the class path: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> columns = null;
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i].trim(), i);
                    }
                } else {
                    rows.add(new Row(resource, line, columns, cells));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }
}
