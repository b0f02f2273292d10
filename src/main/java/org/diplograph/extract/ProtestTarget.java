package org.diplograph.extract;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The side a protest or statement is aimed at, when the trigger's own clause names only the protester:
 * "发表声明，强烈反对美国…", "表示强烈不满，敦促加方…", "谴责以色列对叙利亚的袭击". The target is the
 * object of a word of protest later in the same sentence. Stateless.
 */
final class ProtestTarget {

    /** Words of protest whose object follows them directly. */
    private static final Pattern PROTEST_WORD = Pattern.compile("(?:反对|谴责|抗议|不满|敦促|批评|驳斥|反驳|要求|警告)$");

    /** Protesters counted, not named: 多国, 一些国家, 西方国家. */
    private static final Pattern UNNAMED_STATES = Pattern.compile(
            "(?:全球|世界)?(?:多国|多个国家|一些国家|许多国家|不少国家|各国|西方国家|多个西方国家)");
    /** "召回驻阿联酋大使": the state an ambassador is recalled from is the one protested against. */
    private static final Pattern RECALLED_FROM = Pattern.compile("召回[^，。；]{0,6}驻");
    /** What may stand between a word of protest and its object (谴责了以色列). */
    private static final Pattern OBJECT_LEAD = Pattern.compile("(?:反对|谴责|抗议|不满|敦促|批评|驳斥|反驳|要求|警告)了?$");
    /** A side after one of these is what the protested act was aimed at or done with (哈马斯对以色列的袭击). */
    private static final Pattern PREPOSITION = Pattern.compile("[对向与同跟在于从]");
    /** Objects listed together (谴责美国和英国). */
    private static final Pattern LISTED = Pattern.compile("、|和|及|以及");

    /** A name after one of these before the trigger is the side protested to, not the one protesting. */
    private static final String TOWARDS = "驻向对在";

    private ProtestTarget() {
    }

    /**
     * The side that protests: the first side the sentence names before the trigger, other than a post
     * or an addressee ("驻荷兰大使谈践…向荷兰外交部提出严正交涉" is China's, "荷兰外交部召见中国大使" the
     * Netherlands').
     *
     * @param triggerStart offset of the trigger in {@code text}
     */
    static Optional<String> issuer(Actors actors, String text, Sentence sentence, int triggerStart) {
        for (Mention m : sentence.mentions()) {
            if (m.start() >= triggerStart) {
                break;
            }
            Optional<String> side = switch (m.kind()) {
                case PERSON, POSITION -> m.country();
                case COUNTRY -> Optional.of(m.key());
                case ORGANIZATION -> Optional.of(m.key()).filter(actors.organizations()::contains);
                case NEWS_AGENCY -> Optional.empty();
            };
            boolean addressed = m.start() > sentence.start() && TOWARDS.indexOf(text.charAt(m.start() - 1)) >= 0;
            if (side.isPresent() && !addressed
                    && (actors.countries().contains(side.get()) || actors.organizations().contains(side.get()))) {
                return side;
            }
        }
        return Optional.empty();
    }

    /**
     * Drops the sides that a protest's sentence names only after its trigger and not as the object of a
     * word of protest: "中方坚决反对美国对台湾出售武器" is against the United States alone, "德国…谴责哈马斯
     * 对以色列城市的袭击" against no state; the others named tell what the protested act was about. The
     * object is the first side named in the trigger's clause (谴责了他们所说的中国“…”), unless a preposition
     * introduces it, or one named right after a word of protest (…，敦促加方纠正), with those listed with it.
     *
     * @param triggerEnd offset of the end of the trigger in {@code text}
     */
    static void dropThoseProtestedAbout(Actors actors, String text, Sentence sentence, int triggerEnd) {
        Set<String> named = new HashSet<>();
        Set<String> objects = new HashSet<>();
        Set<String> after = new HashSet<>();
        int objectEnd = -1;
        int clauseEnd = sentence.start() + Clauses.end(sentence.text(), triggerEnd - sentence.start());
        boolean firstInClause = true;
        for (Mention m : sentence.mentions()) {
            Optional<String> side = m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.POSITION ? m.country()
                    : Optional.of(m.key());
            if (side.isEmpty()) {
                continue;
            }
            if (m.start() < triggerEnd) {
                named.add(side.get());
                continue;
            }
            after.add(side.get());
            String lead = text.substring(Math.max(triggerEnd, m.start() - 4), m.start());
            boolean first = firstInClause && m.start() < clauseEnd;
            firstInClause = false;
            boolean object = first && !PREPOSITION.matcher(text.substring(triggerEnd, m.start())).find()
                    || OBJECT_LEAD.matcher(lead).find()
                    || objectEnd >= 0 && LISTED.matcher(text.substring(objectEnd, m.start())).matches()
                    || objectEnd == m.start();
            if (object) {
                objects.add(side.get());
                objectEnd = m.end();
            }
        }
        after.removeAll(named);
        after.removeAll(objects);
        actors.countries().removeAll(after);
        actors.organizations().removeAll(after);
        actors.persons().values().removeIf(p -> p.country().map(after::contains).orElse(false));
    }

    /**
     * Whether the sentence names a side of the act by the end of its trigger (中方…提出严正交涉,
     * 发表的中俄联合声明): "全球多国发布声明，谴责香港政府与中国" names only whom the statement is
     * against, and leaves its issuers unknown; so does "多国近日召见当地中国大使".
     *
     * @param triggerEnd offset of the end of the trigger in the analysed text
     */
    static boolean namesIssuer(Actors actors, Sentence sentence, int triggerEnd) {
        String s = sentence.text();
        if (UNNAMED_STATES.matcher(s.substring(Clauses.start(s, triggerEnd - sentence.start() - 1))).lookingAt()) {
            // "多国近日召见当地中国大使表示抗议": the clause says who protested without naming them.
            return false;
        }
        return sentence.mentions().stream().anyMatch(m -> m.start() < triggerEnd
                && (actors.countries().contains(m.key()) || actors.organizations().contains(m.key())
                || m.country().map(actors.countries()::contains).orElse(false)));
    }

    /**
     * Adds to {@code actors} the country named right after the first word of protest at or after the
     * trigger, or the post of an ambassador recalled, when the actors name a single side so far.
     *
     * @param triggerStart offset of the trigger in {@code text}
     */
    static void addTo(Actors actors, String text, Sentence sentence, int triggerStart) {
        if (actors.size() != 1) {
            return;
        }
        for (Mention m : sentence.mentions()) {
            Optional<String> side = m.kind() == Mention.Kind.COUNTRY ? Optional.of(m.key())
                    : m.kind() == Mention.Kind.PERSON ? m.country() : Optional.empty();
            if (side.isEmpty() || m.start() <= triggerStart || actors.countries().contains(side.get())) {
                continue;
            }
            String before = text.substring(Math.max(sentence.start(), m.start() - 4), m.start());
            if (PROTEST_WORD.matcher(before).find() || RECALLED_FROM.matcher(text.substring(triggerStart, m.start())).matches()) {
                actors.countries().add(side.get());
                return;
            }
        }
    }
}
