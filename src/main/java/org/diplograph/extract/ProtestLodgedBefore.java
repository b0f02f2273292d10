package org.diplograph.extract;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "菲律宾外交部周六（5月29日）表示，菲律宾抗议中国…。马尼拉周五在提图岛附近就…提出了外交抗议。": a protest told as
 * announced on one day and, in the next sentence, by its protester alone as lodged a few days before was lodged
 * that earlier day; the day of the announcement dates only the words that made it known. Stateless.
 */
final class ProtestLodgedBefore {

    /** The date of the earlier report comes before the verb of speaking that announces the protest. */
    private static final Pattern ANNOUNCED = Pattern.compile("\\A[^，。；]*?(?:表示|称|说|宣布|指出)[，,：:]");
    /** How many days an announcement may follow the protest it makes known. */
    private static final int REACH = 7;

    private ProtestLodgedBefore() {
    }

    /**
     * Redates the protest of the sentence before when a one-sided report of the same protester dates it earlier.
     *
     * @param dating the date of the one-sided report, worked out only when it may tell the day
     * @param before the candidates found so far in the article; the protest redated is replaced in it
     */
    static void redate(EventType type, Actors actors, Sentence sentence, Supplier<Optional<DateMention>> dating,
                       List<Candidate> before) {
        if (type != EventType.PROTEST || actors.countries().size() != 1 || !actors.organizations().isEmpty()
                || before.isEmpty()) {
            return;
        }
        String side = actors.countries().iterator().next();
        int last = before.size() - 1;
        Candidate announced = before.get(last);
        if (announced.type() != EventType.PROTEST || announced.sentence() != sentence.index() - 1
                || announced.inTitle() || !announced.issuer().equals(Optional.of(side))
                || announced.date().isEmpty() || !announcement(announced)) {
            return;
        }
        Optional<DateMention> lodged = dating.get();
        if (lodged.isEmpty() || lodged.get().vague() || lodged.get().endDate().isPresent()) {
            return;
        }
        long daysBefore = ChronoUnit.DAYS.between(lodged.get().date(), announced.date().get().date());
        if (daysBefore > 0 && daysBefore <= REACH) {
            before.set(last, announced.withDate(lodged));
        }
    }

    /** Whether the protest's own date is that of a verb of speaking before it (外交部周六表示，). */
    private static boolean announcement(Candidate protest) {
        DateMention date = protest.date().get();
        Evidence evidence = protest.evidence();
        int at = date.end() - evidence.start();
        return !date.vague() && date.endDate().isEmpty() && at >= 0 && at <= evidence.sentence().length()
                && ANNOUNCED.matcher(evidence.sentence().substring(at)).find();
    }
}
