package org.diplograph.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The state a statement is about, where the sentence names only who issued it: "欧盟在一份声明中表示，中国的
 * 有关决定…", "崔善姬发表谈话称，没有必要与美国坐下来…". The first other country its words name is the other
 * side (GUIDELINES: a statement issued about another state). Stateless.
 */
final class StatementSubject {

    /** Hong Kong and Macao named in a statement are what it says about China (港府取消…议员资格), not a side. */
    private static final Set<String> REGIONS = Set.of("HKG", "MAC");

    /** Where the sides are a pair (两人…会谈后发表声明) the statement is theirs, whatever it speaks of. */
    private static final Pattern PAIR = Pattern.compile("双方|两国|两人|二人");
    /**
     * A statement taken as a topic (就欧日峰会联合声明涉华内容指出) is one another side reacts to, and what
     * follows are that side's words; one issued on a topic (就蓬佩奥此次访问发表声明) is not.
     */
    private static final Pattern TAKEN_AS_TOPIC = Pattern.compile("(?:就|针对|对于)[^，。；]{0,12}$");
    private static final Pattern ISSUING = Pattern.compile("发表|发布|发出|发");

    /** "蓬佩奥在声明中还说": more words of a statement already told, no new one. */
    private static final Pattern GOES_ON = Pattern.compile("\\A(?:还|也|又|并|进一步)");

    /** A sea named after a country (南中国海, 东中国海) names no side. */
    private static final Pattern SEA = Pattern.compile("[南东]中国海");

    private StatementSubject() {
    }

    /** Whether the statement trigger continues the words of a statement told before it. */
    static boolean continuesReported(String sentence, TriggerMatch match) {
        return match.trigger().type() == EventType.STATEMENT
                && GOES_ON.matcher(sentence.substring(match.end())).find();
    }

    /**
     * Adds to {@code actors}, when they name a single side, the first other country named after the trigger:
     * where the statement's words begin.
     */
    static void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        if (actors.size() != 1 || PAIR.matcher(s.substring(0, match.start())).find()
                || TAKEN_AS_TOPIC.matcher(s.substring(Clauses.start(s, match.start()), match.start())).find()
                && !ISSUING.matcher(s.substring(match.start(), match.end())).lookingAt()) {
            return;
        }
        int triggerEnd = sentence.start() + match.end();
        for (Mention m : sentence.mentions()) {
            Optional<String> country = m.kind() == Mention.Kind.COUNTRY ? Optional.of(m.key()) : m.country();
            if (m.start() >= triggerEnd && country.isPresent() && !REGIONS.contains(country.get())
                    && !SEA.matcher(sentence.text()).region(Math.max(0, m.start() - sentence.start() - 1),
                    sentence.text().length()).lookingAt()
                    && !actors.countries().contains(country.get())
                    && actors.persons().values().stream().noneMatch(p -> p.country().equals(country))) {
                actors.countries().add(country.get());
                return;
            }
        }
    }
}
