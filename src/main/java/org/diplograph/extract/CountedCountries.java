package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * "美国、印度、日本与澳大利亚逐渐组成了…联盟。上个月，这四国的外长在东京举行了四方会议": a count of states
 * (这四国, 上述三国) at a summit refers back to the states the sentence before lists, when it lists exactly
 * that many. Stateless.
 */
final class CountedCountries {

    private static final Pattern THESE_COUNTRIES = Pattern.compile("(?:这|上述|以上)([两二三四五六七八九十]|\\d{1,2})个?国家?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[、丶，,和与及]|以及)?\\s*");
    private static final String NUMERALS = "零一二三四五六七八九十";

    private CountedCountries() {
    }

    /**
     * Adds to a summit the states the sentence before lists, where the summit's clause refers to them by
     * their number.
     *
     * @param before the sentence before the summit's, in any paragraph
     */
    static void addTo(Candidate summit, Sentence sentence, Optional<Sentence> before, TriggerMatch match) {
        if (summit.type() != EventType.SUMMIT || before.isEmpty()) {
            return;
        }
        String s = sentence.text();
        Matcher counted = THESE_COUNTRIES.matcher(s).region(Clauses.start(s, match.start()), match.start());
        if (!counted.find()) {
            return;
        }
        int number = number(counted.group(1));
        lists(before.get()).stream().filter(list -> list.size() == number).findFirst()
                .ifPresent(summit.actors().countries()::addAll);
    }

    /** The runs of countries the sentence lists one after another (美国丶印度丶日本与澳大利亚). */
    private static List<Set<String>> lists(Sentence sentence) {
        List<Set<String>> lists = new ArrayList<>();
        Set<String> run = new LinkedHashSet<>();
        Mention last = null;
        for (Mention m : sentence.mentions()) {
            if (m.kind() != Mention.Kind.COUNTRY || m.form() == Mention.Form.CAPITAL) {
                continue;
            }
            if (last != null && !LIST_SEPARATOR.matcher(sentence.text()
                    .substring(last.end() - sentence.start(), m.start() - sentence.start())).matches()) {
                lists.add(run);
                run = new LinkedHashSet<>();
            }
            run.add(m.key());
            last = m;
        }
        lists.add(run);
        return lists;
    }

    /** The number a numeral (3, 三, 两) stands for. */
    static int number(String numeral) {
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        return numeral.equals("两") ? 2 : NUMERALS.indexOf(numeral.charAt(0));
    }
}
