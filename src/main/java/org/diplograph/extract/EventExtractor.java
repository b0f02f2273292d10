package org.diplograph.extract;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.article.Article;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Stage 3 of the pipeline: {@link AnalyzedText} → {@link Extraction}. Finds event triggers sentence
 * by sentence, takes the actors of each trigger's context ({@link ActorSelector}), resolves the date
 * against the publication day in the outlet's zone, attaches the topics of the following sentences
 * (what was said during a call belongs to the call) and merges reports of the same event. Thread-safe.
 */
public final class EventExtractor {

    /** Version of the extraction rules, recorded as provenance. Raise it when results change. */
    public static final String VERSION = "0.2.0";

    private static final Pattern NEGATION = Pattern.compile(
            "(未|没有|没|不会|不再|拒绝|无意|并非|否认|不)[^，。；]{0,3}$|(?:未|没有|不会|不再|禁止|不得)(?:与|同|和|跟)[^，。；]{0,12}$");
    private static final Pattern PLANNED = Pattern.compile("(将|将于|拟|计划|即将|准备|预计|有望|打算|定于|原定|下周|下月|明天|明日)");
    private static final Pattern CANCELLED = Pattern.compile("(取消|推迟|延后|延期|暂停|搁置|叫停)");
    /** Talk of what might or habitually happens is not an event (应该再次会面, 可能举行峰会, 经常访华). */
    private static final Pattern SPECULATION = Pattern.compile(
            "(可能|应该|应当|或将|或许|考虑|寻求|试图|旨在|推动|争取|有意|不排除|是否|如果|若|一旦|呼吁|敦促|要求|希望|期待|愿意|愿|不打算|无意|禁止|不得"
                    + "|可和|可与|可以|能够|经常|常常|多次|屡次|一再|每年|威胁)");
    private static final Pattern BOTH_SIDES = Pattern.compile("双方|两国|两人|两位|二人|彼此");
    /** A summit is an event where it is held or attended, not wherever the word appears. */
    private static final Pattern SUMMIT_HELD = Pattern.compile("举行|召开|出席|参加|主持|与会|期间|会上|上发表|开幕|闭幕|视频");
    /** How many sentences after its trigger still speak of the same contact, for topics. */
    private static final int TOPIC_REACH = 15;
    /** "出席二十国集团领导人峰会期间会见…": the gathering is where the meeting took place. */
    private static final Pattern AT_GATHERING = Pattern.compile(
            "\\A[^，。；]{0,16}?(?:峰会|会议|外长会|大会|论坛|年会)[^，。；]{0,3}?(?:期间|间隙|之际|上|时)");
    private static final Set<EventType> SIDELINE_CONTACTS = Set.of(EventType.MEETING, EventType.TALKS,
            EventType.PHONE_CALL);
    private static final Pattern TOPIC_FRAME = Pattern.compile("(?:就|针对|对于)[^，。；]{2,}$");
    private static final Set<EventType> REACTED_TO = Set.of(EventType.SANCTION, EventType.VISIT, EventType.AGREEMENT,
            EventType.STATEMENT);
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\A(?:过程)?中");
    private static final Pattern DURING = Pattern.compile("\\A[^，。；]{0,3}?(?:期间|间隙|之际)");
    private static final Pattern ACCOMPANYING = Pattern.compile("\\A[^，。；]{2,60}?等(?:人)?(?:参加|出席|陪同)(会见|会谈|会晤)?(?:上述活动|活动)?[。！]?$");
    private static final Set<EventType> ACCOMPANIED = Set.of(EventType.MEETING, EventType.TALKS, EventType.VISIT,
            EventType.SUMMIT);
    private static final Pattern VIDEO = Pattern.compile("视频|视讯|线上|远程");
    private static final Pattern VISIT_OBJECT = Pattern.compile("\\A[^，。；]{0,3}$");
    /** Datelines of wire copy and correspondents (（中央社记者…19日电）, 路透北京7月6日 -, 【大纪元…讯】). */
    private static final Pattern DATELINE = Pattern.compile(
            "（[^）]{0,30}?\\d{1,2}日(?:专)?电）|路透\\S{0,8}?\\d{1,2}月\\d{1,2}日\\s*-|【大纪元\\d{4}年\\d{1,2}月\\d{1,2}日讯】"
                    + "|(?:新华社|中新社|央视网消息)\\S{0,10}?\\d{1,2}月\\d{1,2}日电");

    private final List<Trigger> triggers;
    private final TopicDetector topics;
    private final ActorSelector actorSelector;

    public EventExtractor(Lexicon lexicon) {
        this.triggers = Trigger.load();
        this.topics = new TopicDetector(lexicon);
        this.actorSelector = new ActorSelector(lexicon);
    }

    /** Extracts the events of one article. */
    public Extraction extract(AnalyzedText text) {
        Article article = text.article();
        if ("en".equals(article.language())) {
            return new Extraction(List.of(), Optional.of("English-language text: only Chinese articles are extracted"));
        }
        LocalDate reference = datelineDay(text, ZonedDateTime.ofInstant(article.published(),
                article.outlet().timeZone()).toLocalDate());
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (accompanied(sentence, candidates)) {
                continue;
            }
            for (TriggerMatch match : triggersIn(sentence.text())) {
                candidate(text.text(), sentence, match, reference, candidates).ifPresent(c -> candidates.addAll(ContactSplitter.split(c,
                        text.text(), sentence, match)));
            }
        }
        attachTopics(text, candidates);
        return new Extraction(withStatedOffices(text, EventMerger.merge(candidates, reference)), Optional.empty());
    }

    private List<TriggerMatch> triggersIn(String sentence) {
        List<TriggerMatch> matches = new ArrayList<>();
        for (Trigger trigger : triggers) {
            Matcher m = trigger.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (matches.stream().noneMatch(x -> x.start() < end && start < x.end())) {
                    matches.add(new TriggerMatch(trigger, start, end));
                }
            }
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // "邀请赵兑烈访华" is an invitation, not a visit.
        Optional<TriggerMatch> invitation = matches.stream()
                .filter(x -> x.trigger().type() == EventType.INVITATION).findFirst();
        invitation.ifPresent(inv -> matches.removeIf(x -> x.trigger().type() == EventType.VISIT && x.start() > inv.start()));
        return matches;
    }

    private Optional<Candidate> candidate(String text, Sentence sentence, TriggerMatch match, LocalDate reference,
                                          List<Candidate> before) {
        String s = sentence.text();
        EventType type = match.trigger().type();
        String clauseBefore = s.substring(Clauses.start(s, match.start()), match.start());
        String clause = clauseBefore + s.substring(match.start(), Clauses.end(s, match.end()));
        if (NEGATION.matcher(s.substring(0, match.start())).find()
                || attributive(sentence, match) && type != EventType.PROTEST
                || SPECULATION.matcher(clauseBefore).find()
                || type == EventType.SUMMIT && !SUMMIT_HELD.matcher(clause).find()) {
            return Optional.empty();
        }
        if (BACK_REFERENCE.matcher(s.substring(match.end())).find()
                && clauseBefore.contains("在") && before.stream().anyMatch(c -> c.type() == match.trigger().type())) {
            // "沙利文在通话中表明…" speaks of the call already reported, and names what was discussed.
            return Optional.empty();
        }
        if (REACTED_TO.contains(type) && TOPIC_FRAME.matcher(clauseBefore).find()
                && triggersIn(s).stream().anyMatch(t -> t.trigger().type() == EventType.PROTEST)) {
            // "就美国采取的制裁…提出严正交涉": the measure is what the protest is about, reported elsewhere.
            return Optional.empty();
        }
        if (type == EventType.SUMMIT && DURING.matcher(s.substring(match.end())).find()
                && triggersIn(s.substring(match.end())).stream().anyMatch(t -> SIDELINE_CONTACTS.contains(t.trigger().type()))) {
            // The sentence reports a meeting on the summit's sidelines, not the summit.
            return Optional.empty();
        }
        EventStatus status = CANCELLED.matcher(clauseBefore).find() ? EventStatus.CANCELLED
                : PLANNED.matcher(clauseBefore).find() ? EventStatus.PLANNED : EventStatus.OCCURRED;
        if (type == EventType.INVITATION) {
            // The invitation itself happened; what it invites to is planned.
            status = EventStatus.OCCURRED;
        }
        Actors actors = actorSelector.select(text, sentence, sentence.start() + match.start(),
                sentence.start() + match.end());
        if (type != EventType.SUMMIT) {
            sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.ORGANIZATION
                            && m.start() < sentence.start() + match.start()
                            && AT_GATHERING.matcher(text.substring(m.end())).find())
                    .forEach(m -> actors.organizations().remove(m.key()));
        }
        Optional<String> host = match.trigger().host().or(() -> visitHost(text, sentence, match));
        if (type == EventType.VISIT && host.isEmpty() && s.substring(match.start(), match.end()).equals("抵达")) {
            // Arriving somewhere is a visit only when the place is a country (抵达首尔, not 抵达会场).
            return Optional.empty();
        }
        host.ifPresent(actors.countries()::add);
        if (actors.size() < 2 && BOTH_SIDES.matcher(s).find() && !before.isEmpty()) {
            // "双方/两国" refers back to the pair of the previous event.
            actors.addAll(before.get(before.size() - 1).actors());
        }
        type = byNumberOfSides(type, actors, clause);
        if (actors.size() < 2) {
            // A contact needs two sides; a summit whose members the sentence does not name is no record.
            return Optional.empty();
        }
        Optional<DateMention> date = eventDate(text, sentence, match, reference, status == EventStatus.PLANNED);
        if (type == EventType.INVITATION && date.isPresent()
                && (date.get().start() < sentence.start() + Clauses.start(s, match.start())
                || date.get().start() > sentence.start() + match.start())) {
            // Other dates in the sentence are those of what the invitation is to; it was made on the
            // day of the contact it was part of, or of the report.
            date = Optional.empty();
        }
        double confidence = 0.5 + (actors.persons().values().stream().anyMatch(p -> p.position().isPresent()) ? 0.2 : 0)
                + (date.isPresent() ? 0.2 : 0) + (sentence.paragraph() <= 0 ? 0.1 : 0);
        Evidence evidence = new Evidence(s, sentence.start(), sentence.end(), Math.min(1.0, confidence));
        return Optional.of(new Candidate(type, sentence.index(), sentence.paragraph(), actors, date, status, host,
                evidence, new ArrayList<>()));
    }

    /**
     * "丁薛祥、王毅、何立峰等参加会见": officials listed as taking part in the contact just reported
     * are its participants; the sentence reports no contact of its own.
     */
    private static boolean accompanied(Sentence sentence, List<Candidate> before) {
        Matcher m = ACCOMPANYING.matcher(sentence.text());
        if (!m.find()) {
            return false;
        }
        // 参加会见 joins the latest meeting, 参加会谈 the latest talks, 陪同 the latest contact.
        Set<EventType> joined = m.group(1) == null ? ACCOMPANIED : m.group(1).equals("会谈") ? Set.of(EventType.TALKS)
                : Set.of(EventType.MEETING);
        Optional<Candidate> latest = before.stream().filter(c -> joined.contains(c.type()))
                .reduce((first, second) -> second);
        if (latest.isEmpty()) {
            return false;
        }
        Candidate contact = latest.get();
        for (Mention person : sentence.mentions()) {
            if (person.kind() == Mention.Kind.PERSON
                    && person.country().map(contact.actors().countries()::contains).orElse(false)) {
                // Listed by name only: the office they hold is not what they took part as.
                contact.actors().persons().putIfAbsent(person.key(),
                        new Participant(person.key(), Optional.empty(), person.country()));
            }
        }
        return true;
    }

    /**
     * A person named bare in the sentence of an event (习近平同…通电话) holds the office the article
     * states for that person elsewhere (国家主席习近平).
     */
    private static List<DiplomaticEvent> withStatedOffices(AnalyzedText text, List<DiplomaticEvent> events) {
        Map<String, Mention> designated = new HashMap<>();
        for (Sentence sentence : text.sentences()) {
            for (Mention m : sentence.mentions()) {
                if (m.kind() == Mention.Kind.PERSON && m.position().isPresent()) {
                    designated.putIfAbsent(m.key(), m);
                }
            }
        }
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            List<Participant> persons = event.persons().stream().map(p -> {
                Mention stated = designated.get(p.name());
                if (p.position().isPresent() || stated == null
                        || stated.country().isPresent() && !stated.country().equals(p.country())) {
                    return p;
                }
                return new Participant(p.name(), stated.position(), p.country().or(stated::country));
            }).toList();
            result.add(event.withPersons(persons));
        }
        return result;
    }

    /**
     * The day of the article's dateline when it has one (（法新社华盛顿8日电）…今天 means the 8th,
     * whatever day the mirror published it), else the publication day.
     */
    private static LocalDate datelineDay(AnalyzedText text, LocalDate published) {
        int lead = Math.min(text.text().length(), text.title().length() + 1 + 120);
        Matcher m = DATELINE.matcher(text.text()).region(0, lead);
        if (m.find()) {
            List<DateMention> dates = DateResolver.find(text.text(), m.start(), m.end(), published, false);
            if (!dates.isEmpty() && !dates.get(0).date().isAfter(published)
                    && !dates.get(0).date().isBefore(published.minusDays(7))) {
                return dates.get(0).date();
            }
        }
        return published;
    }

    /**
     * Summits are multilateral: two sides meeting at the top are a Meeting, or a PhoneCall by video
     * link; a call or video meeting of three or more sides together is a Summit.
     */
    private static EventType byNumberOfSides(EventType type, Actors actors, String clause) {
        boolean remote = VIDEO.matcher(clause).find();
        if (type == EventType.SUMMIT && actors.countries().size() == 2 && actors.organizations().isEmpty()) {
            return remote ? EventType.PHONE_CALL : EventType.MEETING;
        }
        if (type == EventType.PHONE_CALL && remote && actors.size() > 2) {
            return EventType.SUMMIT;
        }
        return type;
    }

    /**
     * A trigger used as a modifier ("访华的方案") names no event, unless what it modifies is the actor
     * ("正在俄罗斯进行国事访问的中国国家主席").
     */
    private static boolean attributive(Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        if (match.end() >= s.length() || s.charAt(match.end()) != '的') {
            return false;
        }
        int next = sentence.start() + match.end() + 1;
        return sentence.mentions().stream().noneMatch(m -> m.start() == next && m.kind() != Mention.Kind.NEWS_AGENCY);
    }

    /** For visits: the country named right after the trigger (访问韩国, 抵达首尔), or after 对 before it. */
    private static Optional<String> visitHost(String text, Sentence sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.VISIT) {
            return Optional.empty();
        }
        int triggerEnd = sentence.start() + match.end();
        int triggerStart = sentence.start() + match.start();
        for (Mention m : sentence.mentions()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.start() >= triggerEnd
                    && VISIT_OBJECT.matcher(text.substring(triggerEnd, m.start())).matches()) {
                return Optional.of(m.key());
            }
        }
        for (Mention m : sentence.mentions()) {
            if (m.kind() == Mention.Kind.COUNTRY && m.start() < triggerStart && m.start() > 0
                    && text.charAt(m.start() - 1) == '对' && triggerStart - m.end() <= 16) {
                return Optional.of(m.key());
            }
        }
        return Optional.empty();
    }

    /** The date closest before the trigger in its sentence, else the first one after it; datelines never. */
    private static Optional<DateMention> eventDate(String text, Sentence sentence, TriggerMatch match,
                                                   LocalDate reference, boolean planned) {
        int triggerAt = sentence.start() + match.start();
        // The trigger's own clause first: in "蓬佩奥星期三说，他在下星期访问英国" the visit is next week.
        int clauseFrom = sentence.start() + Clauses.start(sentence.text(), match.start());
        int clauseTo = sentence.start() + Clauses.end(sentence.text(), match.end());
        // Only the trigger's clause speaks of the future: "周二表示，将…制裁" was said last Tuesday.
        List<DateMention> dates = new ArrayList<>();
        DateResolver.find(text, sentence.start(), clauseFrom, reference, false).forEach(dates::add);
        DateResolver.find(text, clauseFrom, clauseTo, reference, planned).forEach(dates::add);
        DateResolver.find(text, clauseTo, sentence.end(), reference, false).forEach(dates::add);
        dates.removeIf(DateMention::dateline);
        // Years in titles (《2022年国别人权报告》, a treaty's name) date documents, not the event.
        dates.removeIf(d -> insideTitle(text, sentence.start(), d.start()));
        Optional<DateMention> inClause = dates.stream().filter(d -> d.start() >= clauseFrom && d.start() < triggerAt)
                .reduce((first, second) -> second)
                .or(() -> dates.stream().filter(d -> d.start() >= triggerAt && d.start() < clauseTo).findFirst());
        if (inClause.isPresent()) {
            return inClause;
        }
        // Days before periods: "今年4月…6日" dates the event on the 6th.
        for (boolean vague : new boolean[] {false, true}) {
            List<DateMention> candidates = dates.stream().filter(d -> d.vague() == vague).toList();
            Optional<DateMention> before = candidates.stream().filter(d -> d.start() < triggerAt)
                    .reduce((first, second) -> second);
            Optional<DateMention> chosen = before.or(() -> candidates.stream().findFirst());
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        return Optional.empty();
    }

    private static boolean insideTitle(String text, int sentenceStart, int at) {
        int open = text.lastIndexOf('《', at);
        return open >= sentenceStart && text.lastIndexOf('》', at) < open;
    }

    /**
     * Topics of each sentence go to the event of the latest trigger at or before it, so that what was
     * discussed during a call (reported over the following sentences) is the call's topic.
     */
    private void attachTopics(AnalyzedText text, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        for (Sentence sentence : text.sentences()) {
            Candidate owner = null;
            for (Candidate c : candidates) {
                if (c.sentence() <= sentence.index() && sentence.index() - c.sentence() <= TOPIC_REACH) {
                    owner = c;
                }
            }
            if (owner == null) {
                continue;
            }
            // The contacts one report was split into (分别同…通话) share what was discussed.
            Evidence report = owner.evidence();
            for (Candidate part : candidates.stream().filter(c -> c.evidence() == report).toList()) {
                for (String topic : topics.detect(sentence.text())) {
                    if (!part.topics().contains(topic)) {
                        part.topics().add(topic);
                    }
                }
            }
        }
    }
}
