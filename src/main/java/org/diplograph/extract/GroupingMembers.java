package org.diplograph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.diplograph.lexicon.TsvTable;

/**
 * The member states of groupings a text may name without naming them (G7, ASEAN, the Security Council's
 * permanent five, the Five Eyes), read once from {@code extract/members.tsv}. Stateless.
 */
final class GroupingMembers {

    private static final Map<String, List<String>> MEMBERS = load();

    private GroupingMembers() {
    }

    /** The members of {@code grouping} in alphabetical order; none for a grouping the table does not hold. */
    static List<String> of(String grouping) {
        return MEMBERS.getOrDefault(grouping, List.of());
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> members = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read("extract/members.tsv")) {
            members.put(row.get("organization"), List.copyOf(new TreeSet<>(row.list("members"))));
        }
        return Map.copyOf(members);
    }
}
