package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/** Splits a candidate that lists several counterparts into one contact per counterpart. Stateless. */
final class ContactSplitter {

    /** Several subjects acting each on their own (均, 纷纷, 相继, 各自). */
    private static final Pattern EACH = Pattern.compile("均|纷纷|相继|各自|先后");

    /** Contacts of more than two sides by their nature; their lists are not split. */
    private static final Pattern MULTILATERAL = Pattern.compile("三方|三边|四方|多方|多边|视频会议|视讯会议|集体");
    private static final String WITH = "与同跟";
    /** "…的大国仅有中国、俄罗斯和土耳其": the ones who acted, listed after the act. */
    static final Pattern LISTED_AFTER = Pattern.compile("的(?:大国|国家|国|领导人)(?:仅有|只有|包括|有|是)");
    /** 应…邀请: the visit's hosts are those who invited. */
    private static final Pattern AT_INVITATION_OF = Pattern.compile("应[^，。；]{2,40}?邀请");
    /** What joins the persons of a list after 分别. */
    private static final Pattern PLURAL_SUBJECT = Pattern.compile("两人|二人|双方|两国");
    private static final Pattern ONE_BY_ONE = Pattern.compile("[和与及跟、]");

    private ContactSplitter() {
    }

    /**
     * One contact per counterpart where the text lists several: "分别同西班牙首相与荷兰首相通话" is two calls,
     * "访问英国和丹麦" two visits.
     */
    static List<Candidate> split(Candidate c, String text, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        int clauseStart = c.type().conversation()
                ? listClauseStart(sentence, Clauses.start(s, match.start()), match.start())
                : Clauses.start(s, match.start());
        int separately = s.lastIndexOf("分别", match.start());
        Set<String> counterparts = new TreeSet<>();
        Set<String> subjects = new TreeSet<>();
        Matcher each = EACH.matcher(s).region(clauseStart, match.start());
        Matcher listedAfter = LISTED_AFTER.matcher(s).region(match.end(), s.length());
        // Where the list names who acted (先后召见, 发出贺电的大国仅有), each part is the act of one of them.
        boolean actorsListed = false;
        Set<String> among = CounterpartsListedAfter.countries(sentence, match);
        if (!among.isEmpty()) {
            // "与10多个盟国外长通话，其中包含法国、德国与英国": one contact with each state named among them.
            counterparts.addAll(among);
            c.actors().countries().stream().filter(x -> !among.contains(x)).forEach(subjects::add);
        } else if (listedAfter.lookingAt() && c.type() != EventType.SUMMIT) {
            actorsListed = true;
            // "向卢卡申科发出当选贺电的大国仅有中国、俄罗斯和土耳其": one act by each of those listed.
            int firstEnd = Clauses.end(s, listedAfter.end());
            int end = ListGoesOn.end(s, firstEnd);
            for (Mention m : sentence.mentions()) {
                int at = m.start() - sentence.start();
                if (m.kind() == Mention.Kind.COUNTRY && at >= listedAfter.end() && at < end
                        && (c.actors().countries().contains(m.key()) || at > firstEnd && m.form() != Mention.Form.CAPITAL)) {
                    counterparts.add(m.key());
                }
            }
            c.actors().countries().stream().filter(x -> !counterparts.contains(x)).forEach(subjects::add);
        } else if (each.find() && c.type() != EventType.SUMMIT) {
            actorsListed = true;
            // "德国、法国、比利时等国均召见中国大使": the listed countries each acted on their own.
            for (Mention m : sentence.mentions()) {
                int at = m.start() - sentence.start();
                if (m.kind() == Mention.Kind.COUNTRY && at >= clauseStart && at < each.start()
                        && c.actors().countries().contains(m.key())) {
                    counterparts.add(m.key());
                }
            }
            c.actors().countries().stream().filter(x -> !counterparts.contains(x)).forEach(subjects::add);
        } else if (separately >= clauseStart && c.type() != EventType.SUMMIT) {
            for (Mention m : sentence.mentions()) {
                Optional<String> country = m.state();
                if (country.isEmpty() || !c.actors().countries().contains(country.get())) {
                    continue;
                }
                int at = m.start() - sentence.start();
                (at > separately && at < match.start() ? counterparts : subjects).add(country.get());
            }
            // "就马拉维、莫桑比克遭受热带气旋灾害分别向马拉维总统…致慰问电": a counterpart named before
            // 分别 as well is still a counterpart.
            subjects.removeIf(counterparts::contains);
        } else if (c.actors().countries().size() > 2 && (c.type().conversation()
                && !MULTILATERAL.matcher(s.substring(clauseStart, Clauses.end(s, match.end()))).find()
                || SignedWithEach.signed(c, sentence, clauseStart, Clauses.end(s, match.end())))) {
            // "沙利文与他的法国、德国、英国和日本同行进行了通话" is four calls: a call or a meeting has two sides.
            int with = firstWith(sentence, clauseStart, match.start());
            for (Mention m : sentence.mentions()) {
                Optional<String> country = m.state();
                int at = m.start() - sentence.start();
                if (with < 0 || country.isEmpty() || !c.actors().countries().contains(country.get()) || at >= match.start()) {
                    continue;
                }
                (at > with ? counterparts : subjects).add(country.get());
            }
        } else if (AcceptedInvitation.accepted(s, match)) {
            // "应日本外务大臣茂木敏充、韩国外交部长官康京和邀请": one invitation from each side listed.
            counterparts.addAll(AcceptedInvitation.inviters(sentence, match));
            c.actors().countries().stream().filter(x -> !counterparts.contains(x)).forEach(subjects::add);
        } else if (c.type() == EventType.VISIT) {
            // Hosts follow the trigger (访问英国和丹麦) or 对 before it (对日本和韩国进行访问).
            int end = Clauses.end(s, match.end());
            int to = s.lastIndexOf('对', match.start());
            int objectFrom = to >= clauseStart ? to : match.end();
            for (Mention m : sentence.mentions()) {
                int at = m.start() - sentence.start();
                boolean afterTrigger = at >= match.end() && at < end;
                boolean afterDui = to >= clauseStart && at > objectFrom && at < match.start();
                if (m.kind() == Mention.Kind.COUNTRY && (afterTrigger || afterDui)) {
                    counterparts.add(m.key());
                }
            }
            Matcher invited = AT_INVITATION_OF.matcher(s).region(clauseStart, match.start());
            if (counterparts.isEmpty() && invited.find()) {
                // "王毅应日本外务大臣茂木敏充、韩国外交部长官康京和邀请访问这两个国家": the hosts are who invited.
                for (Mention m : sentence.mentions()) {
                    Optional<String> country = m.state();
                    int at = m.start() - sentence.start();
                    if (country.isPresent() && at >= invited.start() && at < invited.end()) {
                        counterparts.add(country.get());
                    }
                }
            }
            c.actors().countries().stream().filter(x -> !counterparts.contains(x)).forEach(subjects::add);
        }
        counterparts.removeAll(subjects);
        if (counterparts.size() < 2 || subjects.isEmpty()) {
            return c.type().encounter() ? perCounterpartPerson(c, sentence, match) : List.of(c);
        }
        List<Candidate> parts = new ArrayList<>();
        for (String counterpart : counterparts) {
            Actors actors = new Actors();
            actors.countries().addAll(subjects);
            actors.countries().add(counterpart);
            actors.organizations().addAll(c.actors().organizations());
            c.actors().persons().forEach((name, p) -> {
                if (p.country().isEmpty() || actors.countries().contains(p.country().get())) {
                    actors.persons().put(name, p);
                }
            });
            Optional<String> host = c.type() == EventType.VISIT ? Optional.of(counterpart) : c.host();
            parts.add(new Candidate(c.type(), c.sentence(), c.paragraph(), actors, c.date(), c.status(), host,
                    c.evidence(), new ArrayList<>(), actorsListed ? Optional.of(counterpart) : c.issuer()));
        }
        return parts;
    }

    /**
     * One meeting or talks with each of several persons of the other side listed one by one
     * ("将会见总统蔡英文、立法院长游锡堃…", "分别与日本首相菅义伟和茂木敏充举行会谈"): the host's leaders
     * receive a visitor each on their own. Persons joined by 和 without 分别 ("与美国国务卿布林肯和国家安全
     * 顾问沙利文举行会谈") sit at one table.
     */
    private static List<Candidate> perCounterpartPerson(Candidate c, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        int clauseStart = Clauses.start(s, match.start());
        int clauseEnd = Clauses.end(s, match.end());
        int separately = s.lastIndexOf("分别", match.start());
        boolean each = separately >= clauseStart;
        int with = firstWith(sentence, clauseStart, match.start());
        List<Mention> listed = new ArrayList<>();
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            boolean afterTrigger = at >= match.end() && at < clauseEnd;
            boolean beforeTrigger = at > (each ? separately : with) && (each || with >= 0) && at < match.start();
            if (m.kind() == Mention.Kind.PERSON && m.country().isPresent() && (afterTrigger || beforeTrigger)
                    && c.actors().persons().containsKey(m.key())) {
                listed.add(m);
            }
        }
        if (listed.size() < 2 || listed.stream().map(m -> m.country().get()).distinct().count() > 1) {
            return List.of(c);
        }
        for (int i = 1; i < listed.size(); i++) {
            String between = sentence.text().substring(listed.get(i - 1).end() - sentence.start(),
                    listed.get(i).start() - sentence.start());
            if (!between.contains("、") && !(each && ONE_BY_ONE.matcher(between).find())) {
                return List.of(c);
            }
        }
        List<String> others = c.actors().persons().keySet().stream()
                .filter(name -> listed.stream().noneMatch(m -> m.key().equals(name))).toList();
        String listedCountry = listed.get(0).country().get();
        long visitors = others.stream().map(c.actors().persons()::get)
                .filter(p -> p.country().isPresent() && !p.country().get().equals(listedCountry)).count();
        if (visitors != 1 || PLURAL_SUBJECT.matcher(s.substring(clauseStart, match.start())).find()) {
            // "两人今天与日本防卫大臣岸信夫、外务大臣茂木敏充举行双边会谈": a delegation meets a delegation.
            return List.of(c);
        }
        List<Candidate> parts = new ArrayList<>();
        for (Mention counterpart : listed) {
            Actors actors = new Actors();
            actors.countries().addAll(c.actors().countries());
            actors.organizations().addAll(c.actors().organizations());
            others.forEach(name -> actors.persons().put(name, c.actors().persons().get(name)));
            actors.persons().put(counterpart.key(), c.actors().persons().get(counterpart.key()));
            parts.add(new Candidate(c.type(), c.sentence(), c.paragraph(), actors, c.date(), c.status(), c.host(),
                    c.evidence(), new ArrayList<>()));
        }
        return parts;
    }

    /**
     * Start of the clause that names the sides of a contact: the trigger's own, or the one before
     * when the trigger's names none ("…与巴林、阿联酋、以色列领导人，各自举行双边会谈").
     */
    private static int listClauseStart(Sentence sentence, int clauseStart, int triggerStart) {
        boolean namesSides = sentence.mentions().stream().map(m -> m.start() - sentence.start())
                .anyMatch(at -> at >= clauseStart && at < triggerStart);
        return namesSides || clauseStart == 0 ? clauseStart : Clauses.start(sentence.text(), clauseStart - 1);
    }

    /** Offset in the sentence of the first 与/同/跟 word in {@code [from, to)} (not the 同 of 同行), or −1. */
    private static int firstWith(Sentence sentence, int from, int to) {
        for (Token token : sentence.tokens()) {
            int at = token.offset() - sentence.start();
            if (at >= from && at < to && token.word().length() == 1 && WITH.contains(token.word())) {
                return at;
            }
        }
        return -1;
    }
}
