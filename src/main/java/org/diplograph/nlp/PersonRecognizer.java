package org.diplograph.nlp;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Country;
import org.diplograph.lexicon.KnownPerson;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;

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
    /** Tags no part of a transliterated name carries, however the segmenter cut it. */
    private static final Pattern NEVER_IN_NAME_TAG = Pattern.compile("v.*|p.*|c.*|d.*|u.*|w.*|r.*|t.*|m.*|f.*|y.*|e.*|o.*|qt|qv");
    /** A posting right before a title: 驻荷兰大使, 驻华大使. */
    private static final Pattern POSTED = Pattern.compile("驻[\\p{IsHan}]{1,6}$");
    private static final Pattern EMBASSY = Pattern.compile("\\A(驻|大?使馆)");
    private static final Set<String> STAFF_TITLES = Set.of("national-security-adviser", "special-envoy", "spokesperson",
            "official");
    private static final Pattern COMMON_WORD_TAG = Pattern.compile("n|nz|vn|nis|nnt");
    /** A name with its original spelling in brackets right after it. */
    private static final Pattern GLOSSED = Pattern.compile("([\\p{IsHan}·•‧・]{2,12})[（(][A-Za-z]");
    /** Words that follow a title without being a name (首相任内, 大使一职). */
    private static final Pattern NOT_A_NAME_END = Pattern.compile(".*(们|府|馆|任内|任期|一职|人选|问题|会议)");
    /** Dots that join the parts of transliterated names (乌尔苏拉·冯德莱恩, 马尔科•鲁比奥). */
    private static final String NAME_DOTS = "·•‧・";
    /** Given names and initials, each closed by a dot, before a surname (史蒂文·, 罗伯特·E·). */
    private static final Pattern GIVEN_NAMES = Pattern.compile("(?:[\\p{IsHan}A-Z]{1,6}[·•‧・]){1,3}");
    /** The first word of an original spelling in brackets: " (Steven Mnuchin)" → Steven. */
    private static final Pattern ORIGINAL_SPELLING = Pattern.compile("\\s*[（(]\\s*([A-Za-z]+)[\\s.]");
    /** What may stand between a country and the position of its representative (新, 驻华, 外交部 …). */
    private static final Pattern DESIGNATION_GAP = Pattern.compile("[\\p{IsHan}]{0,10}");
    /** After a country, words that make it the subject of an office rather than its employer (朝鲜事务特使). */
    private static final Pattern PORTFOLIO = Pattern.compile("\\A(事务|问题|半岛|政策|特使|特别代表)");
    /** Between an office holder and a title of the holder's staff (总统的外交顾问, 总理的外交与安全政策顾问). */
    private static final Pattern STAFF_OF = Pattern.compile("的[\\p{IsHan}]{0,10}");
    /** Tags of words that do not make up a title: verbs, pronouns, adverbs, time words, particles. */
    private static final Pattern NOT_IN_TITLE_TAG = Pattern.compile("v.*|r.*|d.*|t.*|p.*|u.*|f.*");
    /**
     * Between two persons of one list: the enumeration comma or 和/及 (not 与/同, which join the sides of a
     * contact), and the next one's title (、卫生福利部长, 及防长).
     */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:、|和|及|以及)[\\p{IsHan}]{0,10}");
    /**
     * Between two titles of one person: 兼 or the enumeration comma, and the next title's designation (兼对朝),
     * past a party rank the lexicon has no office for (特使、古共中央政治局委员、外交部长).
     */
    private static final Pattern STACKED_TITLES = Pattern.compile("[、兼](?:[\\p{IsHan}]{1,10}、)?[\\p{IsHan}]{0,8}");
    /** A seat in a party's politburo: an office only where no other title follows (政治局委员、外事办主任). */
    private static final Pattern PARTY_RANK = Pattern.compile(".*政治局(?:委员|常委)");
    private static final Set<String> RANKS_BEFORE_PORTFOLIO = Set.of("state-councilor", "vice-premier", "party-leader");
    private static final Set<Character> GAP_STOPS = Set.of('的', '与', '和', '同', '及', '在', '向', '对', '就', '为');

    private final Map<String, List<KnownPerson>> known = new LinkedHashMap<>();
    private final List<String> countryNames;
    /** Government bodies that act for one state (白宫, 克里姆林宫, 国台办), by organisation key. */
    private final Map<String, String> bodyCountries = new HashMap<>();

    PersonRecognizer(Lexicon lexicon) {
        for (Organization org : lexicon.organizations()) {
            org.country().ifPresent(c -> bodyCountries.put(org.key(), c));
        }
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
        PredecessorInOffice predecessors = new PredecessorInOffice();
        for (int s = 0; s < mentions.size(); s++) {
            List<Mention> sentence = new ArrayList<>(mentions.get(s));
            List<Token> words = tokens.get(s);
            List<Mention> completed = new ArrayList<>();
            for (int m = 0; m < sentence.size(); m++) {
                Mention mention = sentence.get(m);
                if (mention.kind() == Mention.Kind.POSITION) {
                    Optional<String> country = designatedCountry(text, sentence, m)
                            .or(() -> officeServed(text, words, completed, mention))
                            .or(() -> predecessors.country(text, mention));
                    Mention position = new Mention(mention.kind(), mention.form(), mention.key(), mention.surface(),
                            mention.start(), country, Optional.of(mention.key()));
                    predecessors.note(position);
                    completed.add(position);
                    Optional<Mention> person = nameAfter(text, tokens.get(s), sentence, m, position, month)
                            .map(p -> withPrimaryTitle(text, completed, p));
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
            withTitlesAfterNames(text, unique, introduced, month);
            OfficeTaken.withOfficesTaken(text, unique)
                    .forEach(p -> introduced.merge(p.key(), p, PersonRecognizer::moreSpecific));
            OfficeInApposition.withOfficesInApposition(text, words, unique)
                    .forEach(p -> introduced.merge(p.key(), p, PersonRecognizer::moreSpecific));
            withCountriesOfListedPeers(text, unique, introduced);
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
        completeShortenedNames(mentions);
    }

    /**
     * A name found after a title that is the start of a longer name of the same side in the article
     * (茂木敏 for 茂木敏充, 维斯特奇 for 维斯特奇尔) is that person, written short or cut by the segmenter.
     */
    private static void completeShortenedNames(List<List<Mention>> mentions) {
        List<Mention> persons = mentions.stream().flatMap(List::stream)
                .filter(m -> m.kind() == Mention.Kind.PERSON).toList();
        for (List<Mention> sentence : mentions) {
            sentence.replaceAll(m -> {
                if (m.kind() != Mention.Kind.PERSON || m.form() != Mention.Form.PATTERN) {
                    return m;
                }
                return persons.stream()
                        .filter(longer -> longer.key().length() > m.key().length() && longer.key().startsWith(m.key())
                                && (longer.country().isEmpty() || m.country().isEmpty() || longer.country().equals(m.country())))
                        .max((a, b) -> Integer.compare(a.key().length(), b.key().length()))
                        .map(longer -> new Mention(m.kind(), m.form(), longer.key(), m.surface(), m.start(),
                                m.country().or(longer::country), m.position().or(longer::position)))
                        .orElse(m);
            });
        }
    }

    /**
     * "美国副国务卿、朝鲜政策特别代表比根", "中国外交部长、国务委员王毅", "王储兼首相": of the titles stacked
     * before a name the first is the office the person holds, unless it is a rank that the next title
     * gives a portfolio (国务委员兼外长, 副总理兼外长) or the party post before a state office (总书记、国家主席).
     */
    private static Mention withPrimaryTitle(String text, List<Mention> before, Mention person) {
        List<Mention> stacked = new ArrayList<>();
        int end = person.start();
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention title = before.get(k);
            if (title.kind() == Mention.Kind.COUNTRY && !stacked.isEmpty()) {
                // The portfolio of the next title (朝鲜政策特别代表).
                continue;
            }
            if (title.kind() != Mention.Kind.POSITION) {
                break;
            }
            String gap = text.substring(title.end(), end);
            if (!stacked.isEmpty() && !STACKED_TITLES.matcher(gap).matches() || stacked.isEmpty() && !gap.isEmpty()) {
                break;
            }
            stacked.add(0, title);
            end = title.start();
        }
        if (stacked.size() < 2) {
            return person;
        }
        // "塞尔维亚前进党副主席、国民议会议长奥尔利奇": the country before the first title is that of them all.
        Optional<String> country = person.country()
                .or(() -> stacked.stream().map(Mention::country).flatMap(Optional::stream).findFirst());
        return new Mention(person.kind(), person.form(), person.key(), person.surface(), person.start(),
                country, primaryTitle(stacked).position());
    }

    /** Of titles stacked in a row, the office held: see {@link #withPrimaryTitle}. */
    static Mention primaryTitle(List<Mention> stacked) {
        return stacked.stream()
                .filter(t -> !RANKS_BEFORE_PORTFOLIO.contains(t.key()) && !PARTY_RANK.matcher(t.surface()).matches())
                .findFirst().orElse(stacked.get(stacked.size() - 1));
    }

    /** Whether {@code gap} between two titles joins them as titles of one person (兼, 、). */
    static boolean stackedTitles(String gap) {
        return STACKED_TITLES.matcher(gap).matches();
    }

    /**
     * "法国总统的外交顾问伊曼纽尔·邦纳", "拜登的国家安全顾问": a title right after an office holder and 的
     * is on that office holder's staff, serving the same country.
     */
    private static Optional<String> officeServed(String text, List<Token> tokens, List<Mention> before,
                                                 Mention position) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention holder = before.get(k);
            if (holder.kind() == Mention.Kind.POSITION || holder.kind() == Mention.Kind.PERSON) {
                String gap = text.substring(holder.end(), position.start());
                // "王毅的发言让他想到前任议长": a clause between the two, not a title, is no staff relation.
                boolean clause = tokens.stream().anyMatch(t -> t.offset() > holder.end() && t.offset() < position.start()
                        && NOT_IN_TITLE_TAG.matcher(t.tag()).matches());
                return holder.country().filter(c -> STAFF_OF.matcher(gap).matches() && !clause);
            }
        }
        return Optional.empty();
    }

    /**
     * "会见总统蔡英文、外交部长吴钊燮、卫生福利部长陈时中": officials listed one after another serve the
     * same government, so a listed title without a country takes the country its neighbours agree on.
     */
    private static void withCountriesOfListedPeers(String text, List<Mention> sentence, Map<String, Mention> introduced) {
        boolean changed = true;
        while (changed) {
            changed = withCountryOfPeer(text, sentence, introduced);
        }
    }

    /** Whether {@code second} follows {@code first} as the next item of a list (mentions may overlap). */
    private static boolean listedNextTo(String text, Mention first, Mention second) {
        return first.end() <= second.start()
                && LIST_ITEM.matcher(TitleJoinedAfter.gap(text, first, second)).matches();
    }

    /** One step of {@link #withCountriesOfListedPeers}; whether it gave a person a country. */
    private static boolean withCountryOfPeer(String text, List<Mention> sentence, Map<String, Mention> introduced) {
        List<Mention> persons = sentence.stream().filter(m -> m.kind() == Mention.Kind.PERSON).toList();
        for (int i = 0; i < persons.size(); i++) {
            Mention person = persons.get(i);
            // A known person without a country is an international official (欧洲理事会主席米歇尔).
            if (person.country().isPresent() || person.position().isEmpty() || person.form() == Mention.Form.KNOWN) {
                continue;
            }
            Set<String> peers = new HashSet<>();
            if (i > 0 && (listedNextTo(text, persons.get(i - 1), person)
                    || TitleJoinedAfter.joins(text, persons.get(i - 1), person)
                    || InstructedOfficial.instructs(text, persons.get(i - 1), person))) {
                persons.get(i - 1).country().ifPresent(peers::add);
            }
            if (i + 1 < persons.size() && listedNextTo(text, person, persons.get(i + 1))) {
                persons.get(i + 1).country().ifPresent(peers::add);
            }
            if (peers.size() == 1) {
                Mention listed = new Mention(person.kind(), person.form(), person.key(), person.surface(),
                        person.start(), Optional.of(peers.iterator().next()), person.position());
                sentence.set(sentence.indexOf(person), listed);
                introduced.merge(listed.key(), listed, PersonRecognizer::moreSpecific);
                return true;
            }
        }
        return false;
    }

    /**
     * "特朗普总统", "李克强总理": a title right after the name of a person who has none is that person's,
     * unless it introduces a name of its own. Staff titles after a name are the person's staff
     * (拜登国家安全顾问, 总统发言人), not the person's own.
     */
    private void withTitlesAfterNames(String text, List<Mention> sentence, Map<String, Mention> introduced, YearMonth month) {
        for (int i = 0; i < sentence.size(); i++) {
            Mention person = sentence.get(i);
            if (person.kind() != Mention.Kind.PERSON || person.position().isPresent()) {
                continue;
            }
            Optional<Mention> title = sentence.stream()
                    .filter(m -> m.kind() == Mention.Kind.POSITION && m.start() == person.end()
                            && !STAFF_TITLES.contains(m.key())).findFirst();
            if (title.isEmpty() || sentence.stream().anyMatch(m -> m.kind() == Mention.Kind.PERSON
                    && m.start() == title.get().end())) {
                continue;
            }
            Optional<String> office = primaryTitle(titlesFrom(text, sentence, title.get())).position();
            if (title.get().surface().equals("主席") && heldIn(person.key(), month).equals(Optional.of("president"))) {
                // "习近平主席": a head of state's 主席 is the presidency, not the chair of a body.
                office = Optional.of("president");
            }
            Mention titled = new Mention(person.kind(), person.form(), person.key(), person.surface(), person.start(),
                    person.country().or(() -> title.get().country()), office);
            sentence.set(i, titled);
            introduced.merge(titled.key(), titled, PersonRecognizer::moreSpecific);
        }
    }

    /** The titles stacked in a row from {@code first} on (总书记、国家主席). */
    private static List<Mention> titlesFrom(String text, List<Mention> sentence, Mention first) {
        List<Mention> stacked = new ArrayList<>(List.of(first));
        for (Mention m : sentence) {
            Mention last = stacked.get(stacked.size() - 1);
            if (m.kind() == Mention.Kind.POSITION && m.start() > last.start()) {
                if (m.start() < last.end() || !STACKED_TITLES.matcher(text.substring(last.end(), m.start())).matches()) {
                    break;
                }
                stacked.add(m);
            } else if (m.start() > last.start() && m.kind() != Mention.Kind.COUNTRY) {
                break;
            }
        }
        return stacked;
    }

    /** The office the lexicon gives a known person in the month, if any. */
    private Optional<String> heldIn(String name, YearMonth month) {
        return known.getOrDefault(name, List.of()).stream().filter(p -> p.heldIn(month)).findFirst()
                .map(KnownPerson::positionKey).filter(p -> !p.isEmpty());
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
    private Optional<String> designatedCountry(String text, List<Mention> sentence, int positionIndex) {
        Optional<String> designated = countryBefore(text, sentence, positionIndex);
        Mention position = sentence.get(positionIndex);
        String lead = text.substring(Math.max(0, position.start() - 8), position.start());
        if (designated.isPresent() || !POSTED.matcher(lead).find()) {
            return designated;
        }
        // "据中国驻荷兰大使馆网站消息，驻荷兰大使谈践…": an envoy whose sender goes unsaid serves the
        // country whose embassy the sentence names before.
        for (int k = positionIndex - 1; k >= 0; k--) {
            Mention before = sentence.get(k);
            boolean posting = before.start() > 0 && text.charAt(before.start() - 1) == '驻';
            if (before.kind() == Mention.Kind.COUNTRY && before.form() == Mention.Form.NAME && !posting
                    && EMBASSY.matcher(text.substring(before.end(), Math.min(text.length(), before.end() + 3))).find()) {
                return Optional.of(before.key());
            }
        }
        return Optional.empty();
    }

    private Optional<String> countryBefore(String text, List<Mention> sentence, int positionIndex) {
        Mention position = sentence.get(positionIndex);
        int titleStart = PortfolioClause.titleStart(text, position.start());
        for (int k = positionIndex - 1; k >= 0; k--) {
            Mention before = sentence.get(k);
            if (before.start() >= titleStart) {
                continue;
            }
            if (before.kind() == Mention.Kind.ORGANIZATION && bodyCountries.containsKey(before.key())
                    && !(k > 0 && sentence.get(k - 1).kind() == Mention.Kind.COUNTRY
                    && sentence.get(k - 1).end() == before.start())) {
                // "白宫发言人", "国台办主任": a body that acts for one state designates its officials, unless
                // a country written right before it says whose it is (美国+国务院 is not China's 国务院).
                String gap = text.substring(before.end(), titleStart);
                return designationGap(gap) ? Optional.of(bodyCountries.get(before.key())) : Optional.empty();
            }
            if (before.kind() == Mention.Kind.POSITION || before.kind() == Mention.Kind.ORGANIZATION) {
                continue;
            }
            if (before.kind() != Mention.Kind.COUNTRY || before.form() == Mention.Form.ABBREVIATION) {
                return Optional.empty();
            }
            if (!designationGap(text.substring(before.end(), titleStart))) {
                return Optional.empty();
            }
            boolean posting = before.start() > 0 && text.charAt(before.start() - 1) == '驻';
            if (!posting && !PORTFOLIO.matcher(text.substring(before.end(), Math.min(text.length(), before.end() + 4))).find()) {
                return Optional.of(before.key());
            }
        }
        return Optional.empty();
    }

    private static boolean designationGap(String gap) {
        return DESIGNATION_GAP.matcher(gap).matches() && gap.chars().noneMatch(c -> GAP_STOPS.contains((char) c));
    }

    /** The name written right after a position: tokens up to the first verb, time word or punctuation. */
    private Optional<Mention> nameAfter(String text, List<Token> tokens, List<Mention> sentence, int positionIndex,
                                        Mention position, YearMonth month) {
        int start = AcronymAfterTitle.nameStart(text, position.end());
        Optional<Mention> next = positionIndex + 1 < sentence.size()
                ? Optional.of(sentence.get(positionIndex + 1)) : Optional.empty();
        if (next.isPresent() && next.get().start() == start) {
            Mention following = next.get();
            if (following.kind() == Mention.Kind.PERSON) {
                return Optional.of(withDesignation(knownPerson(following, month, null), position));
            }
            return Optional.empty();
        }
        Optional<Mention> surnamed = knownAfterGivenNames(text, sentence, start);
        if (surnamed.isPresent()) {
            return Optional.of(withDesignation(knownPerson(surnamed.get(), month, null), position));
        }
        Optional<String> glossed = glossedName(text, tokens, sentence, start);
        if (glossed.isPresent()) {
            return Optional.of(new Mention(Mention.Kind.PERSON, Mention.Form.PATTERN, glossed.get(), glossed.get(), start,
                    position.country(), position.position()));
        }
        Optional<String> listed = NameBeforeListComma.name(text, tokens, sentence, start)
                .or(() -> SyllablesBeforeSurname.name(tokens, sentence, start))
                .or(() -> SurnameReadAsWord.name(text, tokens, start)).filter(n -> !isCommonNoun(n));
        if (listed.isPresent()) {
            return Optional.of(new Mention(Mention.Kind.PERSON, Mention.Form.PATTERN, listed.get(), listed.get(), start,
                    position.country(), position.position()));
        }
        StringBuilder name = new StringBuilder();
        boolean tagged = false;
        // Every token so far a single character: a transliteration the segmenter broke up (维/斯/特/奇/尔).
        boolean syllables = true;
        String previousTag = "";
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
            // "李/ng 度/qv 勋/ng": a given name's character read as a classifier right after the surname.
            boolean classifierInName = tokenCount == 1 && token.tag().equals("qv") && previousTag.startsWith("n");
            boolean syllable = syllables && tokenCount > 0 && token.word().length() == 1
                    && (classifierInName || !NEVER_IN_NAME_TAG.matcher(token.tag()).matches()
                    || FinalSyllableAsVerb.closes(text, token, tokenCount));
            // "霍尔/nrf 尼斯/ns": the end of a transliterated name read as a place.
            boolean placeInName = previousTag.equals("nrf") && token.tag().equals("ns");
            // "陈时中/视讯": a common word after a complete name is no part of it.
            boolean wordAfterName = tagged && name.length() >= 3 && token.word().length() > 1
                    && COMMON_WORD_TAG.matcher(token.tag()).matches();
            if (token.offset() != start + name.length()
                    || !dot && !syllable && !placeInName
                    && (STOP_TAG.matcher(token.tag()).matches() || !NAME_TAG.matcher(token.tag()).matches())
                    || wordAfterName || startsMention(sentence, token.offset())) {
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
            syllables &= token.word().length() == 1;
            previousTag = token.tag();
            tokenCount++;
            boolean dotted = name.chars().anyMatch(c -> NAME_DOTS.indexOf(c) >= 0);
            boolean dotFollows = token.end() < text.length() && NAME_DOTS.indexOf(text.charAt(token.end())) >= 0;
            if (name.length() >= 4 && !token.tag().equals("nrf") && !dotted && !dot && !syllables && !dotFollows
                    || name.length() >= 12) {
                break;
            }
        }
        // "北村滋等/nrj": the segmenter glues the 等 that closes a group onto the name of its first member.
        String candidate = VietnameseGivenName.completed(text, tokens, start,
                name.length() >= 3 && name.charAt(name.length() - 1) == '等'
                        ? name.substring(0, name.length() - 1) : name.toString());
        // A single untagged word after a title is a common noun (外长会议, 总统大选), not a name; so are several
        // untagged words (气候/问题), unless each is a single character of a transliteration.
        if (!NAME_CHARS.matcher(candidate).matches() || !(tagged || syllables && tokenCount > 1)
                || isCommonNoun(candidate)) {
            return Optional.empty();
        }
        return Optional.of(new Mention(Mention.Kind.PERSON, Mention.Form.PATTERN, candidate, candidate, start,
                position.country(), position.position()));
    }

    /**
     * "财政部长史蒂文·马努钦", "大使阿纳托利‧安东诺夫": given names ending in a dot right before a known
     * surname are that person's, however the segmenter cut them (财/政部长史/蒂文, 阿纳/托/利). Where the
     * original spelling follows in brackets, its given name must be the known person's: 爱德华多·博索纳罗
     * (Eduardo Bolsonaro) is not Jair Bolsonaro.
     */
    private Optional<Mention> knownAfterGivenNames(String text, List<Mention> sentence, int start) {
        Matcher m = GIVEN_NAMES.matcher(text).region(start, Math.min(text.length(), start + 24));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int end = m.end();
        return sentence.stream().filter(x -> x.kind() == Mention.Kind.PERSON && x.start() > start && x.start() <= end
                        && NAME_DOTS.indexOf(text.charAt(x.start() - 1)) >= 0)
                .filter(x -> sameGivenName(text, x))
                .findFirst();
    }

    /** Whether the original spelling glossed after a known person, if any, starts with the person's given name. */
    private boolean sameGivenName(String text, Mention person) {
        Matcher gloss = ORIGINAL_SPELLING.matcher(text).region(person.end(), Math.min(text.length(), person.end() + 40));
        if (!gloss.lookingAt()) {
            return true;
        }
        String given = gloss.group(1).toLowerCase(Locale.ROOT);
        return known.getOrDefault(person.key(), List.of()).stream()
                .anyMatch(p -> p.nameEn().toLowerCase(Locale.ROOT).startsWith(given + " "));
    }

    /**
     * A name followed by its original spelling in brackets, "哈德米(Mustafa al-Kadhemi)": the brackets
     * mark where the name ends, however the segmenter cut it.
     */
    private Optional<String> glossedName(String text, List<Token> tokens, List<Mention> sentence, int start) {
        Matcher m = GLOSSED.matcher(text).region(start, Math.min(text.length(), start + 16));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int end = m.end(1);
        int count = 0;
        boolean tagged = false;
        boolean spelledOut = SpelledOutName.spelledOut(text, tokens, start, end);
        for (Token token : tokens) {
            if (spelledOut || token.end() <= start || token.offset() >= end) {
                continue;
            }
            boolean dot = token.word().length() == 1 && NAME_DOTS.indexOf(token.word()) >= 0;
            if (token.offset() < start || token.end() > end || !dot && NEVER_IN_NAME_TAG.matcher(token.tag()).matches()) {
                return Optional.empty();
            }
            count++;
            tagged |= token.tag().startsWith("nr");
        }
        int from = start;
        String name = m.group(1);
        boolean hidesMention = sentence.stream().anyMatch(x -> x.start() >= from && x.start() < end);
        if (hidesMention || !(spelledOut || tagged || count > 1) || isCommonNoun(name)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private boolean isCommonNoun(String candidate) {
        return NOT_A_NAME_END.matcher(candidate).matches()
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
