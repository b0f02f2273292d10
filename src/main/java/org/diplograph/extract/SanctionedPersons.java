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
                    + "|(?:被|遭到?|受到?)[^，。；]{0,16}?(?:制裁|处罚|惩罚|点名)的[^，。；]{0,10}?(?:分别)?(?:是|为|包括|有)");
    /** "美国的制裁对象包括", "美国制裁的对象": the side that imposed the sanction whose targets follow. */
    private static final Pattern ISSUER_NAMED = Pattern.compile("的?制裁");
    /** The targets listed before: "国务卿蓬佩奥、前国防部长埃斯珀…均在制裁名单上". */
    private static final Pattern TARGETED = Pattern.compile(
            "(?:均|都|也|亦)?(?:在|被列入|列入|上了)[^，。；]{0,8}?制裁名单|(?:均|都|也|亦)(?:遭|受到?|被)[^，。；]{0,6}?制裁");
    /** How many sentences after the sanction its targets may still be listed. */
    private static final int REACH = 8;

    private SanctionedPersons() {
    }

    /**
     * Adds the persons {@code sentence} lists as targets to the sanction they are listed for: the latest one
     * the side named as imposing it (美国的制裁对象包括) imposed; or where the sentence goes on with the list
     * of the sentence before (其他受处罚的官员还有), that list's; or the latest sanction reported shortly before.
     */
    static void join(Sentence sentence, Sentence previous, List<Candidate> candidates) {
        Optional<TargetList> list = targets(sentence.text());
        if (list.isEmpty()) {
            return;
        }
        Optional<Candidate> listedFor = listedFor(sentence, list.get().cue(), candidates)
                .or(() -> previous == null ? Optional.empty() : targets(previous.text())
                        .flatMap(before -> listedFor(previous, before.cue(), candidates)));
        Optional<Candidate> latest = listedFor.or(() -> candidates.stream().filter(c -> c.type() == EventType.SANCTION
                && c.sentence() <= sentence.index() && sentence.index() - c.sentence() <= REACH)
                .reduce((first, second) -> second));
        if (latest.isEmpty()) {
            return;
        }
        int from = list.get().from();
        int to = list.get().to();
        String text = sentence.text();
        Candidate sanction = latest.get();
        // The side imposed on, where the sanction has one other than the issuer.
        List<String> others = sanction.issuer().map(issuer -> sanction.actors().countries().stream()
                .filter(c -> !c.equals(issuer)).toList()).orElse(List.of());
        Optional<String> targeted = others.size() == 1 ? Optional.of(others.get(0)) : Optional.empty();
        for (Mention person : sentence.mentions()) {
            int at = person.start() - sentence.start();
            if (person.kind() != Mention.Kind.PERSON || at < from || at >= to || possessor(sentence, person)) {
                continue;
            }
            Optional<String> country = person.country().isPresent() ? person.country() : targeted;
            if (country.map(sanction.actors().countries()::contains).orElse(false)) {
                sanction.actors().persons().putIfAbsent(person.key(),
                        new Participant(person.key(), person.position(), country));
            }
        }
    }

    /** "特朗普总统的…大使萨姆·布朗巴克": a person whose staff is named is not the one listed. */
    private static boolean possessor(Sentence sentence, Mention person) {
        int end = sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.POSITION && m.start() == person.end())
                .mapToInt(Mention::end).findFirst().orElse(person.end()) - sentence.start();
        return sentence.text().startsWith("的", end);
    }

    /** Where a sentence lists targets: the start of the cue that says so, and the span of the list. */
    private record TargetList(int cue, int from, int to) {
    }

    private static Optional<TargetList> targets(String text) {
        Matcher after = TARGETS.matcher(text);
        if (after.find()) {
            return Optional.of(new TargetList(after.start(), after.end(), text.length()));
        }
        Matcher before = TARGETED.matcher(text);
        if (before.find()) {
            return Optional.of(new TargetList(before.start(), Clauses.start(text, before.start()), before.start()));
        }
        return Optional.empty();
    }

    /**
     * The latest sanction imposed by the country named right before the cue of a target list (美国的制裁对象),
     * however long before it was reported.
     */
    private static Optional<Candidate> listedFor(Sentence sentence, int cue, List<Candidate> candidates) {
        Optional<String> issuer = sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY && m.form() == Mention.Form.NAME)
                .filter(m -> {
                    int end = m.end() - sentence.start();
                    return end <= cue && ISSUER_NAMED.matcher(sentence.text()).region(end, sentence.text().length())
                            .lookingAt();
                })
                .map(Mention::key).findFirst();
        return issuer.flatMap(side -> candidates.stream().filter(c -> c.type() == EventType.SANCTION
                        && c.sentence() <= sentence.index() && c.issuer().equals(Optional.of(side)))
                .reduce((first, second) -> second));
    }
}
