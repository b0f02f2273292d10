package org.diplograph.nlp;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.lexicon.Country;
import org.diplograph.lexicon.KnownPerson;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;
import org.diplograph.lexicon.Position;

/**
 * Finds lexicon names in text by leftmost-longest matching, and country pairs written as
 * abbreviations (中韩两国, 美日同盟). Immutable and thread-safe once built.
 */
final class GazetteerMatcher {

    private record Entry(Mention.Kind kind, Mention.Form form, String key) {
    }

    /** Words after which a run of abbreviations is a pair of countries, not part of another word. */
    private static final String PAIR_CONTEXT = "两国|两军|双方|关系|双边|会谈|会晤|峰会|外长|首脑|领导人|元首|贸易|经贸|合作|之间"
            + "|三国|三方|四国|战略|友好|建交|交流|联合|共同|高层|间|人文|友谊|对话|磋商|伙伴|摩擦|冲突|争端|竞争|协议|协定"
            + "|自贸|防长|外交|军事|边境|同盟|联盟|混委会|元首|总理|议会|政府|智库|民间|军演|海上|航线|签证|人民|领袖|首脑会"
            + "|峰会|通话|建交|外长会|首脑|核|贸易战|经济|官员|访团|访问团|代表团";

    /** Enumeration commas between the abbreviations of a list, and what may stand before its first one. */
    private static final String LIST_MARKS = "、丶";
    private static final String LIST_BEFORE = "与和及同跟对将把在、，";

    private final Map<String, Entry> entries = new HashMap<>();
    /** The longest name starting with each character: most positions of a text start none. */
    private final Map<Character, Integer> longestFrom = new HashMap<>();
    private final Map<Character, List<String>> abbreviations = new HashMap<>();
    /** Countries by the first character of their Chinese name (乌 → Ukraine, Uganda, Uzbekistan …). */
    private final Map<Character, List<String>> initials = new HashMap<>();
    /** Countries by the first character of any Chinese name of theirs (贝 → Belize, 贝里斯 in Taiwan's usage). */
    private final Map<Character, List<String>> nameInitials = new HashMap<>();
    /** Characters that stand for a country in a pair or list of abbreviations. */
    private final BitSet pairChars = new BitSet(Character.MAX_VALUE + 1);
    private final Pattern pairs;
    /** "东盟与中、日、韩高官", "美丶日丶印丶澳四国", "中德法的视频气候峰会": abbreviations listed one by one, or three in a row. */
    private final Pattern lists;
    private final Pattern missions;

    GazetteerMatcher(Lexicon lexicon) {
        Set<String> countryNames = lexicon.countries().stream().flatMap(c -> c.names().stream())
                .collect(Collectors.toSet());
        for (Country country : lexicon.countries()) {
            country.names().forEach(n -> add(n, Mention.Kind.COUNTRY, Mention.Form.NAME, country.iso3()));
            country.sideForms().forEach(n -> add(n, Mention.Kind.COUNTRY, Mention.Form.SIDE, country.iso3()));
            if (!country.nameZh().isEmpty()) {
                initials.computeIfAbsent(country.nameZh().charAt(0), c -> new ArrayList<>()).add(country.iso3());
            }
            country.names().stream().filter(n -> !n.isEmpty() && Character.UnicodeScript.of(n.charAt(0))
                            == Character.UnicodeScript.HAN).map(n -> n.charAt(0)).distinct()
                    .forEach(c -> nameInitials.computeIfAbsent(c, k -> new ArrayList<>()).add(country.iso3()));
            for (String abbreviation : country.abbreviations()) {
                if (abbreviation.length() == 1) {
                    abbreviations.computeIfAbsent(abbreviation.charAt(0), c -> new ArrayList<>()).add(country.iso3());
                }
            }
        }
        for (Organization org : lexicon.organizations()) {
            Mention.Kind kind = org.kind() == Organization.Kind.NEWS_AGENCY
                    ? Mention.Kind.NEWS_AGENCY : Mention.Kind.ORGANIZATION;
            for (String name : org.names()) {
                // "美国国务院" would hide the country; the country and the generic body are matched apart. A news
                // agency named after its country (美国之音) is a source, never that country.
                boolean startsWithCountry = countryNames.stream().anyMatch(c -> name.startsWith(c) && !name.equals(c));
                if (!startsWithCountry || kind == Mention.Kind.NEWS_AGENCY) {
                    add(name, kind, Mention.Form.NAME, org.key());
                }
            }
        }
        for (Position position : lexicon.positions()) {
            position.titles().forEach(t -> add(t, Mention.Kind.POSITION, Mention.Form.NAME, position.key()));
        }
        for (KnownPerson person : lexicon.persons()) {
            person.names().forEach(n -> add(n, Mention.Kind.PERSON, Mention.Form.KNOWN, person.nameZh()));
        }
        for (Country country : lexicon.countries()) {
            country.capitals().forEach(n -> add(n, Mention.Kind.COUNTRY, Mention.Form.CAPITAL, country.iso3()));
        }
        entries.keySet().forEach(name -> longestFrom.merge(name.charAt(0), name.length(), Math::max));
        Set<Character> runChars = new java.util.TreeSet<>(abbreviations.keySet());
        runChars.addAll(initials.keySet());
        runChars.forEach(pairChars::set);
        String chars = runChars.stream().map(String::valueOf).collect(Collectors.joining());
        pairs = chars.isEmpty() ? null
                : Pattern.compile("(?<![" + chars + "])([" + chars + "]{2,4})(?=" + PAIR_CONTEXT + ")");
        lists = chars.isEmpty() ? null
                : Pattern.compile("(?:(?<!\\p{IsHan})|(?<=[" + LIST_BEFORE + "]))([" + chars + "](?:[" + LIST_MARKS + "]["
                        + chars + "]){1,5})(?=的|[三四五六七八九\\d]+国|高官|官员|" + PAIR_CONTEXT + ")"
                        + "|(?<![" + chars + "])([" + chars + "]{3,4})(?=的)");
        missions = abbreviations.isEmpty() ? null : MissionInChina.pattern(abbreviations.keySet().stream()
                .map(String::valueOf).collect(Collectors.joining()));
    }

    private void add(String surface, Mention.Kind kind, Mention.Form form, String key) {
        // Single characters are far too ambiguous on their own; pairs handle abbreviations.
        if (surface.length() >= 2) {
            entries.putIfAbsent(surface, new Entry(kind, form, key));
        }
    }

    /** Every surface the matcher knows with a HanLP nature for it, to keep the segmenter from splitting names. */
    Map<String, String> dictionaryWords() {
        Map<String, String> words = new HashMap<>();
        entries.forEach((surface, entry) -> {
            if (surface.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                words.put(surface, switch (entry.kind()) {
                    case COUNTRY -> "ns";
                    case ORGANIZATION, NEWS_AGENCY -> "nt";
                    case POSITION -> "nnt";
                    case PERSON -> "nr";
                });
            }
        });
        return words;
    }

    /**
     * Mentions in {@code text[from, to)}, offsets relative to {@code text}.
     *
     * @param articleCountries countries named in full in the article, which decide ambiguous
     *     abbreviations (乌 is Ukraine in one article, Uganda in another)
     */
    List<Mention> match(String text, int from, int to, Set<String> articleCountries) {
        List<Mention> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            int length = Math.min(longestFrom.getOrDefault(text.charAt(i), 0), to - i);
            Entry hit = null;
            for (; length >= 2; length--) {
                hit = entries.get(text.substring(i, i + length));
                if (hit != null && latinBoundaries(text, i, i + length) && !splitsWord(text, i, i + length)
                        && !partOfDomesticName(text, i, i + length)) {
                    break;
                }
                hit = null;
            }
            if (hit != null) {
                found.add(Mention.of(hit.kind(), hit.form(), hit.key(), text.substring(i, i + length), i));
                i += length;
            } else {
                i++;
            }
        }
        if (pairs != null) {
            matchRuns(pairs, text, from, to, articleCountries, found);
            matchRuns(lists, text, from, to, articleCountries, found);
            Matcher mission = missions.matcher(text).region(from, to);
            while (mission.find()) {
                addRun(mission, articleCountries, found);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * Adds the runs of abbreviations {@code pattern} finds in {@code text[from, to)}, as a search of that region
     * would. Its matches open with two abbreviations, or one, a list mark and another, so it is tried only where
     * the text has such a start: a regex class of some two hundred characters tested at every position cost a
     * fifth of the analysis.
     */
    private void matchRuns(Pattern pattern, String text, int from, int to, Set<String> articleCountries,
                           List<Mention> found) {
        // Nothing after to is seen, as in a search of the region; a view, not a copy, of the text up to it.
        Matcher m = pattern.matcher(CharBuffer.wrap(text, 0, to));
        int next = from;
        for (int i = from; i < to - 1; i++) {
            if (i < next || !opensRun(text, i, to)) {
                continue;
            }
            // The lookbehind sees the character before i, as in the search; at from, as there, none.
            m.useTransparentBounds(i > from).region(i, to);
            if (m.lookingAt()) {
                next = m.end();
                addRun(m, articleCountries, found);
            }
        }
    }

    private boolean opensRun(String text, int i, int to) {
        if (!pairChars.get(text.charAt(i))) {
            return false;
        }
        char c = text.charAt(i + 1);
        return pairChars.get(c) || LIST_MARKS.indexOf(c) >= 0 && i + 2 < to && pairChars.get(text.charAt(i + 2));
    }

    /**
     * Adds the abbreviations of the run {@code m} matched (in its first group that matched), unless one is
     * unknown or the run overlaps a name already found.
     */
    private void addRun(Matcher m, Set<String> articleCountries, List<Mention> found) {
        int group = m.group(1) != null ? 1 : 2;
        int start = m.start(group);
        String run = m.group(group);
        if (found.stream().anyMatch(x -> x.start() < m.end(group) && start < x.end())) {
            return;
        }
        List<Mention> pair = new ArrayList<>();
        for (int k = 0; k < run.length(); k++) {
            if (LIST_MARKS.indexOf(run.charAt(k)) >= 0) {
                continue;
            }
            String iso3 = resolve(run.charAt(k), articleCountries);
            if (iso3 == null) {
                return;
            }
            pair.add(Mention.of(Mention.Kind.COUNTRY, Mention.Form.ABBREVIATION, iso3,
                    String.valueOf(run.charAt(k)), start + k));
        }
        found.addAll(pair);
    }

    /**
     * The country one character of a pair stands for: a country the article names whose name starts
     * with it (中乌 is China–Uganda in an article about Uganda), else its conventional abbreviation, else
     * the one country the article names by another name starting with it (贝里斯 for Belize).
     */
    private String resolve(char c, Set<String> articleCountries) {
        List<String> named = initials.getOrDefault(c, List.of()).stream().filter(articleCountries::contains).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        List<String> candidates = abbreviations.getOrDefault(c, List.of());
        List<String> namedAbbreviations = candidates.stream().filter(articleCountries::contains).toList();
        if (namedAbbreviations.size() == 1) {
            return namedAbbreviations.get(0);
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        // "台贝经济合作协定" in an article that calls Belize 贝里斯: the one country named there by a name
        // starting with the character, whatever its standard name.
        List<String> namedOtherwise = nameInitials.getOrDefault(c, List.of()).stream()
                .filter(articleCountries::contains).toList();
        return namedOtherwise.size() == 1 ? namedOtherwise.get(0) : null;
    }

    /** Latin names ("US") only count as whole words, never inside a longer word ("USA", "bonus"). */
    /**
     * "日本国家安全委员会" names 日本 and 国家, not 日本国: a name ending in 国 does not take the 国 of a
     * word that goes on (国家, 国会, 国防, 国务, 国内, 国际).
     */
    private boolean splitsWord(String text, int start, int end) {
        return end - start > 2 && text.charAt(end - 1) == '国' && end < text.length()
                && WORD_AFTER_GUO.indexOf(text.charAt(end)) >= 0 && entries.containsKey(text.substring(start, end - 1));
    }

    /** Names of Chinese regions and peoples that contain a country's name: 内蒙古 is no mention of Mongolia. */
    private static final Pattern DOMESTIC_NAME = Pattern.compile("内蒙古|蒙古族|朝鲜族");

    private static boolean partOfDomesticName(String text, int start, int end) {
        if (end < text.length() && text.charAt(end) == '族') {
            // A country's name before 族 names a people (哈萨克族, 俄罗斯族), not the state.
            return true;
        }
        Matcher m = DOMESTIC_NAME.matcher(text).region(Math.max(0, start - 1), Math.min(text.length(), end + 1));
        while (m.find()) {
            if (m.start() <= start && m.end() >= end) {
                return true;
            }
        }
        return false;
    }

    private static final String WORD_AFTER_GUO = "家会防务内际籍民旗土库企债有营";

    private static boolean latinBoundaries(String text, int start, int end) {
        return !(isLatin(text.charAt(start)) && start > 0 && isLatinOrDigit(text.charAt(start - 1)))
                && !(isLatin(text.charAt(end - 1)) && end < text.length() && isLatinOrDigit(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLatinOrDigit(char c) {
        return isLatin(c) || (c >= '0' && c <= '9');
    }
}
