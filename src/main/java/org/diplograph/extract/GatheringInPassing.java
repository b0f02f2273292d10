package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "这是6月的G7峰会后，三国领导人首度通话": a summit told by its own month or day as the time after which the news
 * happened took place then, though no verb says it was held. It names no states of its own; those of the
 * contact told with it (the three leaders of the call before) that belong to the grouping
 * ({@link GroupingMembers}) attended it. What the sentences after it tell is the news's, unless they name the
 * grouping again ("德法等国在G7峰会公报中提到…"). Stateless.
 */
final class GatheringInPassing {

    /** "6月的", "9月10日的", "上个月的" right before the gathering's name (G7, 二十国集团领导人). */
    private static final Pattern OWN_DATE = Pattern.compile(
            "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|\\d{1,2}日)?的[^，。；的]{0,12}$");
    /** After it: the summit as the time since or after which something happened. */
    private static final Pattern AFTER_IT = Pattern.compile("\\A(?:[(（][^()（）]{1,12}[)）])?(?:之后|以后|后|以来|结束后)");
    /** The same, read from a candidate's sentence: "6月的G7峰会后". */
    private static final Pattern TOLD_IN_PASSING = Pattern.compile(
            "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|\\d{1,2}日)?的[^，。；的]{0,12}(?:峰会|首脑会议|领导人会议|外长会议?|会议)"
                    + "(?:[(（][^()（）]{1,12}[)）])?(?:之后|以后|后|以来|结束后)");

    private GatheringInPassing() {
    }

    /** Whether the summit {@code match} names is told by its own date as a time past. */
    static boolean named(String sentence, TriggerMatch match, String clauseBefore) {
        return match.trigger().type() == EventType.SUMMIT && OWN_DATE.matcher(clauseBefore).find()
                && AFTER_IT.matcher(sentence.substring(match.end())).find();
    }

    /**
     * Adds to a summit told in passing whose sentence names no state the members of its grouping among the
     * states of the latest contact before it.
     */
    static void addMembers(Actors actors, String sentence, TriggerMatch match, String clauseBefore,
                           Optional<String> convener, List<Candidate> before) {
        if (!named(sentence, match, clauseBefore) || !actors.countries().isEmpty() || convener.isEmpty()
                || before.isEmpty()) {
            return;
        }
        List<String> members = GroupingMembers.of(convener.get());
        before.get(before.size() - 1).actors().countries().stream().filter(members::contains)
                .forEach(actors.countries()::add);
    }

    /**
     * The candidate whose report {@code sentence} goes on with: not a summit told in passing in a sentence
     * before, unless the sentence names its grouping again, but the latest other candidate still open.
     */
    static Candidate owner(Sentence sentence, Candidate latest, List<Candidate> open) {
        if (latest == null || latest.sentence() == sentence.index() || latest.type() != EventType.SUMMIT
                || !TOLD_IN_PASSING.matcher(latest.evidence().sentence()).find()
                || sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION
                && latest.actors().organizations().contains(m.key()))) {
            return latest;
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            if (open.get(k) != latest) {
                return open.get(k);
            }
        }
        return null;
    }
}
