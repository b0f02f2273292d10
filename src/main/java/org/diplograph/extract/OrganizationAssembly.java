package org.diplograph.extract;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "第74届世界卫生大会(WHA)即将在24日以视讯方式召开": an organisation's own assembly is a gathering of its members,
 * left unnamed; the organisation stands for them, as it does for its council ({@link OrganizationCouncil}).
 * Stateless.
 */
final class OrganizationAssembly {

    /** Assemblies named for their organisation, as summit triggers write them. */
    private static final Map<String, String> ASSEMBLIES = Map.of("世界卫生大会", "WHO");
    /**
     * The assembly itself convened (召开, 举行, 开幕) in the trigger's clause; a state that attends or seeks to
     * (台湾以观察员身分出席世卫大会) is what a sentence like that is about, told in terms of that state.
     */
    private static final Pattern CONVENED = Pattern.compile("召开|举行|开幕|闭幕");

    private OrganizationAssembly() {
    }

    /** Adds the organisation whose assembly a summit trigger names as convened. */
    static void addTo(Actors actors, EventType type, String sentence, TriggerMatch match) {
        organization(type, sentence, match).ifPresent(actors.organizations()::add);
    }

    /** Whether a summit is an assembly held by the one organisation among its actors, with no state named. */
    static boolean heldAlone(EventType type, Actors actors, String sentence, TriggerMatch match) {
        return actors.countries().isEmpty() && actors.organizations().size() == 1
                && organization(type, sentence, match).filter(actors.organizations()::contains).isPresent();
    }

    private static Optional<String> organization(EventType type, String sentence, TriggerMatch match) {
        if (type != EventType.SUMMIT || !CONVENED.matcher(sentence.substring(Clauses.start(sentence, match.start()),
                Clauses.end(sentence, match.end()))).find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ASSEMBLIES.get(sentence.substring(match.start(), match.end())));
    }
}
