package org.diplograph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Tells contacts of several states together from contacts of two: a summit the text says many
 * states attend, and a call of three or more sides at once. Stateless.
 */
final class MultilateralContact {

    /** "数十国领导人参加的线上气候峰会", "邀请40位国家和国际组织领导人参加": more sides than the text names. */
    private static final Pattern MANY_SIDES = Pattern.compile(
            "(?:数十|数百|几十|多|各|\\d+多?个?)(?:国|位|个国家|名)[^，。；]{0,12}?(?:领导人|元首|首脑|外长|部长|代表)");

    private static final Pattern ONE_WITH_ANOTHER = Pattern.compile("[同与跟]");
    /** "在泰国曼谷国家会议中心举行", "于罗马举行的": the place a gathering is held in. */
    private static final Pattern HELD_AT = Pattern.compile("[在于]$");
    /** "原定在越南岘港举行的…峰会…采用视频形式召开": the place it was meant to be held in. */
    private static final Pattern MOVED = Pattern.compile("(?:原定|原计划|原本|本应|本来)[^，。；]{0,4}$");
    private static final Pattern HELD = Pattern.compile("\\A[^，。；,;]{0,16}?(?:举行|召开|举办)");
    /** "出席…会议欢迎晚宴": a reception around a summit is not the summit, and is often held the day before. */
    private static final Pattern RECEPTION = Pattern.compile("\\A(?:欢迎|招待)?(?:晚宴|宴会|午宴|招待会|酒会)");
    private static final Pattern TOPIC_OF = Pattern.compile("(?:就|关于)[^，。；]*$");
    private static final Pattern DISCUSSED = Pattern.compile(
            "(?:共商|商讨|商议|讨论|磋商|协商)[^，。；]{0,4}?(?:召开|举行|举办)[^，。；]{0,20}$");
    private static final Pattern MATTER = Pattern.compile("\\A[^，。；]{0,2}?(?:一事|问题|事宜)");
    private static final Pattern ABOUT = Pattern.compile("\\A(?:针对|对于)([^，。；]{2,40})，");
    private static final Pattern IN_THE_STATEMENT = Pattern.compile("\\A[^，。；]{0,12}?(?:在|于)(?:该|此|这份)?联合声明中");
    /**
     * "习近平出席会议并发表…讲话", "会议由巴育主持": the bare word 会议 after a summit report is that summit,
     * and who attends or chairs it takes part.
     */
    private static final Pattern ATTENDS_IT = Pattern.compile("(?:出席|参加|主持)了?(?:本次|此次|这次|该)?会议(?![\\p{IsHan}&&[^并和及上时期后前中]])");
    private static final Pattern CHAIRED_BY = Pattern.compile("\\A(?:本次|此次|这次)?会议由([^，。；]{1,24}?)主持");

    private MultilateralContact() {
    }

    /** Whether the clause says the gathering has more participants than those it names. */
    static boolean namesManySides(String clause) {
        return MANY_SIDES.matcher(clause).find();
    }

    /**
     * "习近平、梅克尔及马克宏通话": three or more sides listed together as the subject of a call talk at
     * once, which makes it a summit, not a bilateral call. Sides named elsewhere in the sentence (正值中印
     * 边境紧张, …印度是否跟进) are not on the call, and one side calling another (同, 与) is bilateral.
     */
    static List<Candidate> retypeJointCalls(List<Candidate> contacts, Sentence sentence, TriggerMatch match) {
        int clauseStart = Clauses.start(sentence.text(), match.start());
        String subject = sentence.text().substring(clauseStart, match.start());
        if (ONE_WITH_ANOTHER.matcher(subject).find()) {
            return contacts;
        }
        Set<String> listed = new HashSet<>();
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (at >= clauseStart && at < match.start()) {
                m.state().ifPresent(listed::add);
            }
        }
        return contacts.stream().map(c -> c.type() == EventType.PHONE_CALL && c.actors().countries().size() > 2
                && listed.containsAll(c.actors().countries())
                ? new Candidate(EventType.SUMMIT, c.sentence(), c.paragraph(), c.actors(), c.date(), c.status(),
                        c.host(), c.evidence(), c.topics())
                : c).toList();
    }

    /**
     * A summit named as the matter others discuss (就…举行高峰会一事，透过电话协商; 共商召开…峰会) is no report
     * that it is held.
     */
    static boolean namedAsMatter(String sentence, TriggerMatch match, String clauseBefore) {
        return TOPIC_OF.matcher(clauseBefore).find() && MATTER.matcher(sentence.substring(match.end())).find()
                || DISCUSSED.matcher(clauseBefore).find();
    }

    /** Whether the summit trigger names a reception held around the summit rather than the summit itself. */
    static boolean namesReception(String sentence, TriggerMatch match) {
        return RECEPTION.matcher(sentence.substring(match.end())).find();
    }

    /**
     * Adds the country a gathering of an organisation is held in ("亚太经合组织…会议在泰国曼谷…举行",
     * "在伦敦举行的七国集团外长会议"): the host takes part. Two states meeting in a third one's city
     * (在瑞士日内瓦举行了峰会) do not make it a side, so only gatherings of an organisation the clause
     * names take it; a place it was meant to be held in (原定在越南岘港举行) is none.
     */
    static void addHost(Actors actors, String text, Sentence sentence, TriggerMatch match) {
        int clauseStart = sentence.start() + Clauses.start(sentence.text(), match.start());
        int clauseEnd = sentence.start() + Clauses.end(sentence.text(), match.end());
        boolean organisations = sentence.mentions().stream().anyMatch(m -> m.start() >= clauseStart
                && m.start() < clauseEnd && actors.organizations().contains(m.key()));
        if (!organisations) {
            return;
        }
        for (Mention m : sentence.mentions()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.start() > clauseStart && m.end() <= clauseEnd
                    && (m.form() == Mention.Form.NAME || m.form() == Mention.Form.CAPITAL)
                    && HELD_AT.matcher(text.substring(m.start() - 1, m.start())).find()
                    && !MOVED.matcher(text.substring(clauseStart, m.start() - 1)).find()
                    && HELD.matcher(text.substring(m.end(), clauseEnd)).find()) {
                actors.countries().add(m.key());
                return;
            }
        }
    }

    /**
     * Who a sentence says attends or chairs "the meeting" ("国家主席习近平出席会议", "会议由巴育主持") takes
     * part in the summit the latest report is of; a sentence with no summit report before it changes nothing.
     */
    static void joinReportedSummit(Sentence sentence, List<Candidate> before) {
        if (before.isEmpty() || before.get(before.size() - 1).type() != EventType.SUMMIT) {
            return;
        }
        String s = sentence.text();
        Matcher attends = ATTENDS_IT.matcher(s);
        Matcher chaired = CHAIRED_BY.matcher(s);
        int from;
        int to;
        if (chaired.find()) {
            from = chaired.start(1);
            to = chaired.end(1);
        } else if (attends.find()) {
            from = Clauses.start(s, attends.start());
            to = attends.start();
        } else {
            return;
        }
        Actors summit = before.get(before.size() - 1).actors();
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (at < from || at >= to) {
                continue;
            }
            if (m.kind() == Mention.Kind.PERSON) {
                summit.persons().putIfAbsent(m.key(), new Participant(m.key(), m.position(), m.country()));
                m.country().ifPresent(summit.countries()::add);
            } else if (m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.CAPITAL) {
                summit.countries().add(m.key());
            }
        }
    }

    /**
     * "针对中国在南海…的军事活动，三国防长在联合声明中表示": the state a leading 针对/对于 frame names is what
     * the joint statement just reported is about, and a side of it.
     */
    static void joinReportedStatement(Sentence sentence, List<Candidate> before) {
        Optional<Candidate> statement = before.stream().filter(c -> c.type() == EventType.STATEMENT)
                .reduce((first, second) -> second);
        Matcher frame = ABOUT.matcher(sentence.text());
        if (statement.isEmpty() || sentence.index() - statement.get().sentence() > 3 || !frame.find()
                || !IN_THE_STATEMENT.matcher(sentence.text().substring(frame.end())).find()) {
            return;
        }
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (m.kind() == Mention.Kind.COUNTRY && m.form() != Mention.Form.CAPITAL && at >= frame.start(1)
                    && at < frame.end(1)) {
                statement.get().actors().countries().add(m.key());
                return;
            }
        }
    }

    /**
     * Whether every country among the actors is named in the trigger's own clause: "在习近平和普京举行视频会晤前，
     * 美国总统拜登和普京…" names a third side outside it, which does not make the video call a summit.
     */
    static boolean sidesNamedInClause(Actors actors, Sentence sentence, TriggerMatch match) {
        int from = Clauses.start(sentence.text(), match.start());
        int to = Clauses.end(sentence.text(), match.end());
        Set<String> named = new HashSet<>();
        for (Mention m : sentence.mentions()) {
            int at = m.start() - sentence.start();
            if (at >= from && at < to) {
                m.state().ifPresent(named::add);
            }
        }
        return named.containsAll(actors.countries());
    }

    /**
     * "默克尔与马克龙将于周五会面，举行另一场视频会议，与乌克兰总统泽伦斯基会谈": one sentence naming a summit
     * and a meeting or talks of exactly its sides tells of one gathering, the summit; the others go.
     */
    static void oneGatheringPerSentence(List<Candidate> candidates, Sentence sentence) {
        List<Candidate> summits = candidates.stream()
                .filter(c -> c.sentence() == sentence.index() && c.type() == EventType.SUMMIT).toList();
        candidates.removeIf(c -> c.sentence() == sentence.index() && c.type().encounter()
                && summits.stream().anyMatch(summit -> summit.actorSet().equals(c.actorSet())));
    }
}
