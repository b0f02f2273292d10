package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "担任新疆党委书记的陈全国", "制裁对象包括陈全国，他是…新疆党委书记": a name the segmenter tags as a person's
 * is one where the text gives its office in apposition, as the office served before the name or as
 * the clause that says who the person is right after it, though no title stands right before it. Stateless.
 */
final class OfficeInApposition {

    /** Before the title of "担任 … 的 NAME": the verb of holding an office and the office's designation. */
    private static final Pattern SERVING = Pattern.compile("(?:一直|曾经?|现)?担任[\\p{IsHan}]{0,12}$");
    /** After the name of "NAME，他是 …": the clause that says who the person is. */
    private static final Pattern WHO_IS = Pattern.compile("\\A[，,](?:他|她)(?:是|为|曾是|现为|现任|曾任)");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}]{2,4}");

    private OfficeInApposition() {
    }

    /**
     * Adds a person for each name with an office in apposition that no mention covers yet.
     *
     * @param sentence the mentions of one sentence, in text order; updated in place
     * @return the persons added
     */
    static List<Mention> withOfficesInApposition(String text, List<Token> tokens, List<Mention> sentence) {
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.tag().startsWith("nr") || !NAME.matcher(token.word()).matches()
                    || sentence.stream().anyMatch(m -> m.start() < token.end() && token.offset() < m.end())) {
                continue;
            }
            Optional<Mention> title = i > 0 && tokens.get(i - 1).word().equals("的")
                    ? servedBefore(text, sentence, tokens.get(i - 1).offset())
                    : describedAfter(text, sentence, token.end());
            if (title.isPresent()) {
                Mention person = new Mention(Mention.Kind.PERSON, Mention.Form.PATTERN, token.word(), token.word(),
                        token.offset(), title.get().country(), title.get().position());
                int at = 0;
                while (at < sentence.size() && sentence.get(at).start() < person.start()) {
                    at++;
                }
                sentence.add(at, person);
                added.add(person);
            }
        }
        return added;
    }

    /** The title ending right before 的 when "担任" and only its designation stand before it. */
    private static Optional<Mention> servedBefore(String text, List<Mention> sentence, int of) {
        return sentence.stream()
                .filter(m -> m.kind() == Mention.Kind.POSITION && m.end() == of)
                .filter(m -> {
                    String lead = text.substring(Math.max(0, m.start() - 16), m.start());
                    var serving = SERVING.matcher(lead);
                    return serving.find() && !OfficeTaken.NOT_IN_DESIGNATION.matcher(serving.group()).find();
                })
                .findFirst();
    }

    /** The first title of the clause "，他是 …" right after the name, up to the end of the sentence. */
    private static Optional<Mention> describedAfter(String text, List<Mention> sentence, int nameEnd) {
        var who = WHO_IS.matcher(text).region(nameEnd, Math.min(text.length(), nameEnd + 6));
        if (!who.lookingAt()) {
            return Optional.empty();
        }
        int sentenceEnd = text.indexOf('。', nameEnd);
        int to = sentenceEnd < 0 ? text.length() : sentenceEnd;
        return sentence.stream()
                .filter(m -> m.start() >= who.end() && m.start() < to)
                .filter(m -> m.kind() == Mention.Kind.POSITION || m.kind() == Mention.Kind.PERSON)
                .findFirst()
                .filter(m -> m.kind() == Mention.Kind.POSITION);
    }
}
