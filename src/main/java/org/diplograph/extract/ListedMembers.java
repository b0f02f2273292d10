package org.diplograph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * The members of groupings that an article lists itself ("RCEP成员国包括东盟10国与中国、日本、韩国…",
 * "由美国、日本、印度和澳大利亚组成的四方安全对话"): a summit of the grouping (第四次RCEP领导人会议), or the
 * agreement named for it (…协定（RCEP）于15日…签署), has those members as its sides even where its own
 * sentence names only one. The guidelines count the states a text names, so membership comes from the
 * text, not from what the lexicon knows of an organisation. Immutable once built; thread-safe.
 */
final class ListedMembers {

    /** "RCEP成员国包括", "七国集团的成员国包括": the grouping's name right before. */
    private static final Pattern MEMBERS_ARE = Pattern.compile(
            "([A-Z][A-Za-z]{1,9})?的?成员(?:国|方)?(?:包括|包含|有(?!意|望)|为|是(?!否))");
    /** "由美国、日本、印度和澳大利亚组成的「四方安全对话」": the members before, the grouping after. */
    private static final Pattern MADE_UP_OF = Pattern.compile("由([^，。；]{2,60}?)组成的[“「\"『]?");
    /** Between a grouping's name and the gathering it holds: an ordinal, 领导人, 外长 (RCEP领导人会议). */
    private static final Pattern GATHERING_NAME = Pattern.compile("[）)」”]?[^，。；、,;与和同及]{0,8}");

    private static final ListedMembers NONE = new ListedMembers(Map.of());

    /** Grouping (an organisation key, or a Latin acronym as written) → the members listed for it. */
    private final Map<String, Actors> members;

    private ListedMembers(Map<String, Actors> members) {
        this.members = members;
    }

    /** The groupings whose members the text lists, with those members (countries and organisations). */
    static ListedMembers of(AnalyzedText text, Lexicon lexicon) {
        Map<String, Actors> members = new HashMap<>();
        for (Sentence sentence : text.sentences()) {
            String s = sentence.text();
            Matcher are = MEMBERS_ARE.matcher(s);
            while (are.find()) {
                Optional<String> group = are.group(1) != null ? Optional.of(are.group(1))
                        : organizationEndingAt(sentence, sentence.start() + are.start());
                if (group.isPresent()) {
                    Actors listed = sides(sentence, are.end(), Clauses.end(s, are.end()), lexicon);
                    if (listed.size() >= 2) {
                        members.computeIfAbsent(group.get(), k -> new Actors()).addAll(listed);
                    }
                }
            }
            Matcher madeUp = MADE_UP_OF.matcher(s);
            while (madeUp.find()) {
                int after = sentence.start() + madeUp.end();
                Optional<String> group = sentence.mentions().stream()
                        .filter(m -> m.kind() == Mention.Kind.ORGANIZATION && m.start() == after)
                        .map(Mention::key).findFirst();
                Actors listed = sides(sentence, madeUp.start(1), madeUp.end(1), lexicon);
                if (group.isPresent() && listed.size() >= 2) {
                    members.computeIfAbsent(group.get(), k -> new Actors()).addAll(listed);
                }
            }
        }
        return members.isEmpty() ? NONE : new ListedMembers(Map.copyOf(members));
    }

    /**
     * Adds the listed members of the grouping a summit or an agreement is named for: the grouping named
     * right before a summit trigger, or in an agreement's clause before its trigger.
     */
    void addTo(Actors actors, Sentence sentence, TriggerMatch match) {
        if (members.isEmpty()) {
            return;
        }
        EventType type = match.trigger().type();
        String s = sentence.text();
        int clauseStart = Clauses.start(s, match.start());
        for (Map.Entry<String, Actors> group : members.entrySet()) {
            boolean named = switch (type) {
                case SUMMIT -> namedBefore(group.getKey(), sentence, clauseStart, match.start());
                case AGREEMENT -> s.substring(clauseStart, match.end()).contains(group.getKey())
                        || organizationIn(group.getKey(), sentence, clauseStart, match.end());
                default -> false;
            };
            if (named) {
                actors.countries().addAll(group.getValue().countries());
                actors.organizations().addAll(group.getValue().organizations());
            }
        }
    }

    private static boolean namedBefore(String group, Sentence sentence, int clauseStart, int triggerStart) {
        String s = sentence.text();
        int at = s.lastIndexOf(group, triggerStart - group.length());
        if (at >= clauseStart && GATHERING_NAME.matcher(s.substring(at + group.length(), triggerStart)).matches()) {
            return true;
        }
        return sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION
                && m.key().equals(group) && m.start() - sentence.start() >= clauseStart
                && m.end() - sentence.start() <= triggerStart
                && GATHERING_NAME.matcher(s.substring(m.end() - sentence.start(), triggerStart)).matches());
    }

    private static boolean organizationIn(String group, Sentence sentence, int from, int to) {
        return sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.ORGANIZATION
                && m.key().equals(group) && m.start() - sentence.start() >= from && m.end() - sentence.start() <= to);
    }

    private static Optional<String> organizationEndingAt(Sentence sentence, int at) {
        return sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.ORGANIZATION && (m.end() == at
                        || m.end() == at - 1 && sentence.text().charAt(at - 1 - sentence.start()) == '的'))
                .map(Mention::key).findFirst();
    }

    /** Countries (not by their capitals) and international organisations named in {@code [from, to)}. */
    private static Actors sides(Sentence sentence, int from, int to, Lexicon lexicon) {
        Actors sides = new Actors();
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (at < from || at >= to) {
                continue;
            }
            if (m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.CAPITAL) {
                sides.countries().add(m.key());
            } else if (m.kind() == Mention.Kind.ORGANIZATION && lexicon.organization(m.key())
                    .map(o -> o.kind() == Organization.Kind.INTERGOVERNMENTAL).orElse(false)) {
                sides.organizations().add(m.key());
            }
        }
        return sides;
    }
}
