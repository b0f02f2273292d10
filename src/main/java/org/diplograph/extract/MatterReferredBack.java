package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * "英国外交大臣拉布也针对此事发布公开声明": a statement or protest about "this matter" (针对此事, 就此, 对此),
 * or one that condemns "this act" ("欧盟最强烈谴责这一行径", 谴责此举), names only the side that speaks; the matter
 * is the one just told, and so is the state it concerns: the one country of the latest statement, protest or
 * sanction before it that is neither the speaker nor the side that acted in it. Stateless.
 */
final class MatterReferredBack {

    /** The reaction's clause ends on the matter it is about: 也针对此事(发布), 对此(表示). */
    private static final Pattern THIS_MATTER = Pattern.compile("(?:针对|就|对于?)(?:此事|此|这件事|该事)[^，。；]{0,2}$");
    /** The object of a word of protest is an act already told: 谴责这一行径, 反对此举. */
    private static final Pattern THIS_ACT = Pattern.compile("\\A了?(?:(?:这一|这种|此|该)(?:行径|行为|举动|做法)|此举)");
    private static final Set<EventType> REACTIONS = Set.of(EventType.STATEMENT, EventType.PROTEST);
    private static final Set<EventType> MATTERS = Set.of(EventType.STATEMENT, EventType.PROTEST, EventType.SANCTION);
    /** How many sentences back the matter may have been told. */
    private static final int REACH = 4;

    private MatterReferredBack() {
    }

    /**
     * Adds the state the matter concerns to a reaction that names one side only.
     *
     * @param after the sentence's text after the trigger
     */
    static void addTo(Actors actors, EventType type, String clauseBefore, String after, int sentence,
                      List<Candidate> before) {
        if (!REACTIONS.contains(type) || actors.size() != 1
                || !THIS_MATTER.matcher(clauseBefore).find() && !THIS_ACT.matcher(after).lookingAt()) {
            return;
        }
        Optional<Candidate> matter = before.stream()
                .filter(c -> MATTERS.contains(c.type()) && sentence - c.sentence() <= REACH)
                .reduce((first, second) -> second);
        if (matter.isEmpty()) {
            return;
        }
        Set<String> concerned = new TreeSet<>(matter.get().actors().countries());
        matter.get().issuer().ifPresent(concerned::remove);
        concerned.removeAll(actors.countries());
        if (concerned.size() == 1) {
            actors.countries().addAll(concerned);
        }
    }
}
