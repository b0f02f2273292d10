package org.diplograph.nlp;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Country;
import org.diplograph.lexicon.KnownPerson;
import org.diplograph.lexicon.Lexicon;

/**
 * Recognises persons the way news introduces them, "country + position + name" (韩国外长赵兑烈,
 * 美国国务卿布林肯), and resolves later mentions of the same name. HanLP's person tags alone are not
 * trusted: they mislabel fragments such as 韩国新 or 时长, so a tagged name counts only after a
 * position or when the lexicon knows it.
 */
final class PersonRecognizer {

    /** Tags that end a name: verbs, prepositions, conjunctions, adverbs, time and number words, particles. */
    private static final Pattern STOP_TAG = Pattern.compile("v.*|p.*|c.*|d.*|t.*|m.*|u.*|w.*|r.*|q.*|f.*|y.*|e.*|o.*|a.*");
    private static final Pattern NAME_TAG = Pattern.compile("nr.*|nz|ng|n|nx|j|b|g.*|x.*");
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{IsHan}·•]{2,12}");
    /** Dots that join the parts of transliterated names (乌尔苏拉·冯德莱恩, 马尔科•鲁比奥). */
    private static final String NAME_DOTS = "·•‧・";
    /** What may stand between a country and the position of its representative (新, 驻华, 外交部 …). */
    private static final Pattern DESIGNATION_GAP = Pattern.compile("[\\p{IsHan}]{0,10}");
    /** After a country, words that make it the subject of an office rather than its employer (朝鲜事务特使). */
    private static final Pattern PORTFOLIO = Pattern.compile("\\A(事务|问题|半岛|政策|特使|特别代表)");
    private static final Set<Character> GAP_STOPS = Set.of('的', '与', '和', '同', '及', '在', '向', '对', '就', '为');

    private final Map<String, List<KnownPerson>> known = new LinkedHashMap<>();
    private final List<String> countryNames;

    PersonRecognizer(Lexicon lexicon) {
        for (KnownPerson person : lexicon.persons()) {
            known.computeIfAbsent(person.nameZh(), k -> new ArrayList<>()).add(person);
        }
        this.countryNames = lexicon.countries().stream().map(Country::nameZh).filter(n -> !n.isEmpty()).toList();
    }

    /**
     * Adds person mentions to each sentence's lexicon mentions and fills in countries and positions.
     *
     * @param mentions per sentence, the lexicon mentions; replaced by the completed list
     * @param month the publication month, which picks the office a known person held then
     */
    void recognize(String text, List<List<Token>> tokens, List<List<Mention>> mentions, YearMonth month) {
        Map<String, Mention> introduced = new LinkedHashMap<>();
        for (int s = 0; s < mentions.size(); s++) {
            List<Mention> sentence = new ArrayList<>(mentions.get(s));
            List<Mention> completed = new ArrayList<>();
            for (int m = 0; m < sentence.size(); m++) {
                Mention mention = sentence.get(m);
                if (mention.kind() == Mention.Kind.POSITION) {
                    Optional<String> country = designatedCountry(text, sentence, m);
                    Mention position = new Mention(mention.kind(), mention.form(), mention.key(), mention.surface(),
                            mention.start(), country, Optional.of(mention.key()));
                    completed.add(position);
                    Optional<Mention> person = nameAfter(text, tokens.get(s), sentence, m, position, month);
                    person.ifPresent(p -> {
                        completed.add(p);
                        introduced.merge(p.key(), p, PersonRecognizer::moreSpecific);
                    });
                } else if (mention.kind() == Mention.Kind.PERSON) {
                    Mention person = knownPerson(mention, month, introduced.get(mention.key()));
                    completed.add(person);
                    introduced.merge(person.key(), person, PersonRecognizer::moreSpecific);
                } else {
                    completed.add(mention);
                }
            }
            // A name found both after its position and in the lexicon is one mention: keep the longest, once.
            List<Mention> unique = new ArrayList<>();
            for (Mention x : completed) {
                boolean shadowed = completed.stream().anyMatch(y -> y != x && y.kind() == Mention.Kind.PERSON
                        && x.kind() == Mention.Kind.PERSON && y.start() == x.start()
                        && y.surface().length() > x.surface().length());
                boolean repeated = unique.stream().anyMatch(y -> y.kind() == x.kind() && y.start() == x.start()
                        && y.surface().equals(x.surface()));
                if (!shadowed && !repeated) {
                    unique.add(x);
                }
            }
            mentions.set(s, unique);
        }
        // Later bare mentions (王毅表示, 赵兑烈强调) of a person introduced with a position.
        for (int s = 0; s < mentions.size(); s++) {
            List<Mention> completed = new ArrayList<>(mentions.get(s));
            for (Mention person : introduced.values()) {
                int from = tokens.get(s).isEmpty() ? 0 : tokens.get(s).get(0).offset();
                int to = tokens.get(s).isEmpty() ? 0 : tokens.get(s).get(tokens.get(s).size() - 1).end();
                for (int at = text.indexOf(person.surface(), from); at >= 0 && at < to;
                     at = text.indexOf(person.surface(), at + 1)) {
                    int start = at;
                    if (completed.stream().noneMatch(x -> x.start() <= start && start < x.end())) {
                        completed.add(new Mention(Mention.Kind.PERSON, Mention.Form.PATTERN, person.key(),
                                person.surface(), start, person.country(), person.position()));
                    }
                }
            }
            completed.sort((a, b) -> Integer.compare(a.start(), b.start()));
            mentions.set(s, completed);
        }
    }

    private static Mention moreSpecific(Mention a, Mention b) {
        int scoreA = (a.country().isPresent() ? 1 : 0) + (a.position().isPresent() ? 1 : 0);
        int scoreB = (b.country().isPresent() ? 1 : 0) + (b.position().isPresent() ? 1 : 0);
        return scoreB > scoreA ? b : a;
    }

    /**
     * The country written just before a position (韩国新外长, 中国驻美大使). A country that is the
     * portfolio or the posting rather than the employer is passed over (美国朝鲜事务特使 is an American
     * envoy, 中国驻丹麦大使 a Chinese ambassador).
     */
    private static Optional<String> designatedCountry(String text, List<Mention> sentence, int positionIndex) {
        Mention position = sentence.get(positionIndex);
        for (int k = positionIndex - 1; k >= 0; k--) {
            Mention before = sentence.get(k);
            if (before.kind() == Mention.Kind.POSITION || before.kind() == Mention.Kind.ORGANIZATION) {
                continue;
            }
            if (before.kind() != Mention.Kind.COUNTRY || before.form() == Mention.Form.ABBREVIATION) {
                return Optional.empty();
            }
            String gap = text.substring(before.end(), position.start());
            if (!DESIGNATION_GAP.matcher(gap).matches() || gap.chars().anyMatch(c -> GAP_STOPS.contains((char) c))) {
                return Optional.empty();
            }
            boolean posting = before.start() > 0 && text.charAt(before.start() - 1) == '驻';
            if (!posting && !PORTFOLIO.matcher(text.substring(before.end(), Math.min(text.length(), before.end() + 4))).find()) {
                return Optional.of(before.key());
            }
        }
        return Optional.empty();
    }

    /** The name written right after a position: tokens up to the first verb, time word or punctuation. */
    private Optional<Mention> nameAfter(String text, List<Token> tokens, List<Mention> sentence, int positionIndex,
                                        Mention position, YearMonth month) {
        int start = position.end();
        Optional<Mention> next = positionIndex + 1 < sentence.size()
                ? Optional.of(sentence.get(positionIndex + 1)) : Optional.empty();
        if (next.isPresent() && next.get().start() == start) {
            Mention following = next.get();
            if (following.kind() == Mention.Kind.PERSON) {
                return Optional.of(withDesignation(knownPerson(following, month, null), position));
            }
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        boolean tagged = false;
        int tokenCount = 0;
        for (Token token : tokens) {
            if (token.end() <= start) {
                continue;
            }
            if (token.offset() < start) {
                // The position ends inside a word: the segmenter disagrees with the lexicon, so do not guess.
                return Optional.empty();
            }
            boolean dot = NAME_DOTS.indexOf(token.word()) >= 0 && token.word().length() == 1 && name.length() > 0;
            if (token.offset() != start + name.length()
                    || !dot && (STOP_TAG.matcher(token.tag()).matches() || !NAME_TAG.matcher(token.tag()).matches())
                    || startsMention(sentence, token.offset())) {
                break;
            }
            if (dot) {
                // "唐纳德·特朗普": the part after the dot may be a known person, who then takes the place.
                Optional<Mention> known = sentence.stream().filter(m -> m.kind() == Mention.Kind.PERSON
                        && m.start() == token.end()).findFirst();
                if (known.isPresent()) {
                    return Optional.of(withDesignation(knownPerson(known.get(), month, null), position));
                }
            }
            name.append(token.word());
            tagged |= token.tag().startsWith("nr");
            tokenCount++;
            boolean dotted = name.chars().anyMatch(c -> NAME_DOTS.indexOf(c) >= 0);
            if (name.length() >= 4 && !token.tag().equals("nrf") && !dotted && !dot || name.length() >= 12) {
                break;
            }
        }
        String candidate = name.toString();
        // A single untagged word after a title is a common noun (外长会议, 总统大选), not a name.
        if (!NAME_CHARS.matcher(candidate).matches() || !(tagged || tokenCount > 1) || isCommonNoun(candidate)) {
            return Optional.empty();
        }
        return Optional.of(new Mention(Mention.Kind.PERSON, Mention.Form.PATTERN, candidate, candidate, start,
                position.country(), position.position()));
    }

    private boolean isCommonNoun(String candidate) {
        return candidate.endsWith("们") || candidate.endsWith("府") || candidate.endsWith("馆")
                || countryNames.stream().anyMatch(candidate::startsWith);
    }

    private static boolean startsMention(List<Mention> sentence, int offset) {
        return sentence.stream().anyMatch(m -> m.start() == offset && m.kind() != Mention.Kind.PERSON);
    }

    /** A known person after a position: the position as written, the country the lexicon knows first. */
    private static Mention withDesignation(Mention person, Mention position) {
        return new Mention(person.kind(), person.form(), person.key(), person.surface(), person.start(),
                person.country().or(position::country), position.position());
    }

    /** A lexicon person, serving the country the lexicon gives for the publication month. */
    private Mention knownPerson(Mention mention, YearMonth month, Mention introducedBefore) {
        if (introducedBefore != null) {
            return new Mention(mention.kind(), mention.form(), mention.key(), mention.surface(), mention.start(),
                    introducedBefore.country(), introducedBefore.position());
        }
        List<KnownPerson> periods = known.getOrDefault(mention.key(), List.of());
        Optional<KnownPerson> current = periods.stream().filter(p -> p.heldIn(month)).findFirst()
                .or(() -> periods.stream().findFirst());
        // The country the person serves, from the lexicon; the position only as the article states it
        // (offices change, and a participation records what the report said).
        return new Mention(mention.kind(), mention.form(), mention.key(), mention.surface(), mention.start(),
                current.map(KnownPerson::iso3).filter(s -> !s.isEmpty()), Optional.empty());
    }
}
