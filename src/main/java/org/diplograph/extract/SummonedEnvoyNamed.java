package org.diplograph.extract;

import java.util.List;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "德国外交部周五召见了中国驻德大使…。…国务秘书已向中国驻德意志联邦共和国大使吴恳“重申了德国政府的立场”": the
 * ambassador a summoning leaves unnamed, named in the next sentence, is the one summoned. Stateless.
 */
final class SummonedEnvoyNamed {

    private static final String AMBASSADOR = "ambassador";

    private SummonedEnvoyNamed() {
    }

    /** Adds the ambassador {@code sentence} names to the summoning told in the sentence right before. */
    static void join(Sentence sentence, Sentence previous, List<Candidate> candidates) {
        if (previous == null || !previous.text().contains("召见") || previous.index() != sentence.index() - 1) {
            return;
        }
        for (Candidate protest : candidates) {
            if (protest.type() != EventType.PROTEST || protest.sentence() != previous.index()) {
                continue;
            }
            for (Mention person : sentence.mentions()) {
                boolean envoy = person.kind() == Mention.Kind.PERSON
                        && person.position().map(AMBASSADOR::equals).orElse(false) && person.country().isPresent()
                        && protest.actors().countries().contains(person.country().get())
                        && !person.country().equals(protest.issuer());
                boolean unnamed = protest.actors().persons().values().stream()
                        .noneMatch(p -> p.country().equals(person.country()));
                if (envoy && unnamed) {
                    protest.actors().persons().put(person.key(),
                            new Participant(person.key(), person.position(), person.country()));
                }
            }
        }
    }
}
