package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.InstructedOfficial;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "外交部长吴钊燮立即指示亚太司长曾瑞利致电诺鲁驻台大使": who instructs or sends another (指示, 派, 责成) to
 * carry out the act takes no part in it; the one sent does. The government stays a side. Stateless.
 */
final class OrderingOfficial {

    /** The order, with a person named after it before the act (指示亚太司长曾瑞利). */
    private static final Pattern ORDER = Pattern.compile(InstructedOfficial.ORDER_VERBS);
    /** What may stand between the one who orders and the order: an adverb or a time word (立即, 今天). */
    private static final Pattern BEFORE_ORDER = Pattern.compile("[\\p{IsHan}]{0,4}");

    private OrderingOfficial() {
    }

    /** Drops from the act's persons those who, in the act's clause, order a person named after them to carry it out. */
    static void dropFrom(Actors actors, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        int clauseStart = Clauses.start(s, match.start());
        Matcher order = ORDER.matcher(s).region(clauseStart, match.start());
        while (order.find()) {
            int at = order.start();
            int end = order.end();
            boolean carriedOut = sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.PERSON
                    && m.start() - sentence.start() >= end && m.start() - sentence.start() < match.start());
            Optional<Mention> orderer = sentence.mentions().stream()
                    .filter(m -> m.kind() == Mention.Kind.PERSON && m.start() - sentence.start() >= clauseStart
                            && m.end() - sentence.start() <= at)
                    .reduce((first, second) -> second)
                    .filter(m -> BEFORE_ORDER.matcher(s.substring(m.end() - sentence.start(), at)).matches());
            if (carriedOut && orderer.isPresent()) {
                actors.persons().remove(orderer.get().key());
            }
        }
    }
}
