package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "祝贺他当选哈萨克斯坦总统", "祝贺贝内特就任以色列总理": the office a person is elected to or takes up
 * is the one the person holds in the report, though the title follows the name instead of standing
 * before it. Stateless.
 */
final class OfficeTaken {

    private static final Pattern TAKES_UP = Pattern.compile("(他|她)?(?:再次|正式)?(?:当选|就任|连任|出任|荣任|宣誓就任)为?");
    /** What may stand between the verb and the title: the country and its designation (沙特阿拉伯王国, 新一届). */
    private static final Pattern DESIGNATION = Pattern.compile("[\\p{IsHan}]{0,12}");
    static final Pattern NOT_IN_DESIGNATION = Pattern.compile("[的与和同及在向对就为，。；、]");

    private OfficeTaken() {
    }

    /**
     * Gives the person before each "当选/就任 … title" the title, where the person has none yet.
     *
     * @param sentence the mentions of one sentence, in text order; updated in place
     * @return the persons given a title
     */
    static List<Mention> withOfficesTaken(String text, List<Mention> sentence) {
        List<Mention> titled = new ArrayList<>();
        if (sentence.isEmpty()) {
            return titled;
        }
        int from = sentence.get(0).start();
        int to = sentence.get(sentence.size() - 1).end();
        Matcher m = TAKES_UP.matcher(text).region(from, to);
        while (m.find()) {
            int verbStart = m.start();
            int verbEnd = m.end();
            if (sentence.stream().anyMatch(x -> x.start() < verbEnd && verbStart < x.end())) {
                // 当选总统 is a title of its own.
                continue;
            }
            Optional<Mention> title = titleAfter(text, sentence, verbEnd);
            Optional<Mention> person = m.group(1) != null ? lastPersonBefore(sentence, verbStart)
                    : sentence.stream().filter(x -> x.kind() == Mention.Kind.PERSON && x.end() == verbStart).findFirst();
            if (title.isEmpty() || person.isEmpty() || person.get().position().isPresent()) {
                continue;
            }
            Mention p = person.get();
            Mention holder = new Mention(p.kind(), p.form(), p.key(), p.surface(), p.start(),
                    p.country().or(() -> title.get().country()), title.get().position());
            sentence.set(sentence.indexOf(p), holder);
            titled.add(holder);
        }
        return titled;
    }

    /** The title after the verb, past the country it is of; of stacked titles (王储兼首相) the one held. */
    private static Optional<Mention> titleAfter(String text, List<Mention> sentence, int verbEnd) {
        List<Mention> stacked = new ArrayList<>();
        for (Mention x : sentence) {
            if (x.start() < verbEnd || x.kind() != Mention.Kind.POSITION) {
                continue;
            }
            String gap = text.substring(stacked.isEmpty() ? verbEnd : stacked.get(stacked.size() - 1).end(), x.start());
            boolean joined = stacked.isEmpty()
                    ? DESIGNATION.matcher(gap).matches() && !NOT_IN_DESIGNATION.matcher(gap).find()
                    : PersonRecognizer.stackedTitles(gap);
            if (!joined) {
                break;
            }
            stacked.add(x);
        }
        return stacked.isEmpty() ? Optional.empty() : Optional.of(PersonRecognizer.primaryTitle(stacked));
    }

    private static Optional<Mention> lastPersonBefore(List<Mention> sentence, int at) {
        return sentence.stream().filter(x -> x.kind() == Mention.Kind.PERSON && x.end() <= at)
                .reduce((first, second) -> second);
    }
}
