package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The side that imposes a sanction: the subject nearest before the trigger ("欧盟…对中国实施制裁后，北京
 * 迅速回击，宣布对欧盟…实施制裁" is the EU's, then China's). Sanctions answer sanctions, so two between the
 * same sides on the same day are two acts when different sides impose them. Stateless.
 */
final class ImposingSide {

    /**
     * A side after one of these in its clause is an object (对中国官员, 将四名中国官员列入, 向香港出口, 驻华,
     * 坚决反对美国), not the subject that imposes.
     */
    private static final Pattern OBJECT_MARKER = Pattern.compile("[对向将把驻]");
    /**
     * "在对中国官员实施制裁方面": these mark a place or a matter only right before the side; "暂停与香港之间的
     * 引渡协议": a side right after 与, 同 or 和 is a partner of the act, not the one who acts.
     */
    private static final String RIGHT_BEFORE = "在于与同和";
    /** "欧盟以中国侵犯新疆人权为由通过制裁案": the side named in the reason given is what is answered, not who acts. */
    private static final Pattern REASON_OPENED = Pattern.compile("以(?!色列)[^，。；为]*$");
    private static final Pattern REASON_CLOSED = Pattern.compile("\\A[^，。；]*?为由");

    private ImposingSide() {
    }

    /**
     * The side among {@code actors} named last before the trigger and not as an object in its clause.
     *
     * @param triggerStart offset of the trigger in {@code text}
     */
    static Optional<String> of(Actors actors, String text, Sentence sentence, int triggerStart) {
        List<Mention> mentions = sentence.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() >= triggerStart) {
                continue;
            }
            Optional<String> side = switch (m.kind()) {
                case PERSON, POSITION -> m.country();
                case COUNTRY, ORGANIZATION -> Optional.of(m.key());
                case NEWS_AGENCY -> Optional.empty();
            };
            int clauseStart = sentence.start() + Clauses.start(sentence.text(), m.start() - sentence.start());
            boolean aimedAt = OBJECT_MARKER.matcher(text.substring(clauseStart, m.start())).find()
                    || m.start() > sentence.start() && RIGHT_BEFORE.indexOf(text.charAt(m.start() - 1)) >= 0
                    || givenAsReason(text, clauseStart, m, triggerStart);
            if (side.isPresent() && !aimedAt
                    && (actors.countries().contains(side.get()) || actors.organizations().contains(side.get()))) {
                return side;
            }
        }
        return Optional.empty();
    }

    private static boolean givenAsReason(String text, int clauseStart, Mention m, int triggerStart) {
        return REASON_OPENED.matcher(text.substring(clauseStart, m.start())).find()
                && REASON_CLOSED.matcher(text.substring(m.end(), triggerStart)).find();
    }
}
