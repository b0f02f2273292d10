package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "被美国施行冻结资产制裁的分别是新疆党委书记陈全国、…", "这些制裁…对象包括佛罗里达州参议员马可·卢比奥、…":
 * "国务卿蓬佩奥、…均在制裁名单上": the persons a sentence names as the targets of the sanction just reported take
 * part in it. A target whose country the text does not state belongs to the side the sanction is imposed on.
 * Stateless.
 */
final class SanctionedPersons {

    private static final Pattern TARGETS = Pattern.compile(
            "制裁[^。；]{0,16}?(?:对象|名单)[^，。；]{0,6}?(?:包括|是|为|有)"
                    + "|(?:被|遭到?|受到?)[^，。；]{0,16}?制裁的[^，。；]{0,10}?(?:分别)?(?:是|为|包括|有)");
    /** The targets listed before: "国务卿蓬佩奥、前国防部长埃斯珀…均在制裁名单上". */
    private static final Pattern TARGETED = Pattern.compile(
            "(?:均|都|也|亦)?(?:在|被列入|列入|上了)[^，。；]{0,8}?制裁名单|(?:均|都|也|亦)(?:遭|受到?|被)[^，。；]{0,6}?制裁");
    /** How many sentences after the sanction its targets may still be listed. */
    private static final int REACH = 8;

    private SanctionedPersons() {
    }

    /** Adds the persons {@code sentence} lists as targets to the latest sanction reported shortly before. */
    static void join(Sentence sentence, List<Candidate> candidates) {
        String text = sentence.text();
        Matcher after = TARGETS.matcher(text);
        Matcher before = TARGETED.matcher(text);
        int from;
        int to;
        if (after.find()) {
            from = after.end();
            to = text.length();
        } else if (before.find()) {
            from = Clauses.start(text, before.start());
            to = before.start();
        } else {
            return;
        }
        Optional<Candidate> latest = candidates.stream().filter(c -> c.type() == EventType.SANCTION
                && c.sentence() <= sentence.index() && sentence.index() - c.sentence() <= REACH)
                .reduce((first, second) -> second);
        if (latest.isEmpty()) {
            return;
        }
        Candidate sanction = latest.get();
        // The side imposed on, where the sanction has one other than the issuer.
        List<String> others = sanction.issuer().map(issuer -> sanction.actors().countries().stream()
                .filter(c -> !c.equals(issuer)).toList()).orElse(List.of());
        Optional<String> targeted = others.size() == 1 ? Optional.of(others.get(0)) : Optional.empty();
        for (Mention person : sentence.mentions()) {
            int at = person.start() - sentence.start();
            if (person.kind() != Mention.Kind.PERSON || at < from || at >= to) {
                continue;
            }
            Optional<String> country = person.country().isPresent() ? person.country() : targeted;
            if (country.map(sanction.actors().countries()::contains).orElse(false)) {
                sanction.actors().persons().putIfAbsent(person.key(),
                        new Participant(person.key(), person.position(), country));
            }
        }
    }
}
