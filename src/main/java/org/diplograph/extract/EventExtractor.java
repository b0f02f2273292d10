package org.diplograph.extract;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    private static final Pattern NEGATION = Pattern.compile("(未|没有|没|不会|不再|拒绝|无意|并非|否认|不)[^，。；]{0,3}$");
    private static final Pattern PLANNED = Pattern.compile("(将|将于|拟|计划|即将|准备|预计|有望|打算|定于|原定|下周|下月|明天|明日)");
    private static final Pattern CANCELLED = Pattern.compile("(取消|推迟|延后|延期|暂停|搁置|叫停)");
    /** Talk of what might happen is not an event (应该再次会面, 可能举行峰会, 寻求会谈). */
    private static final Pattern SPECULATION = Pattern.compile(
            "(可能|应该|应当|或将|或许|考虑|寻求|试图|推动|争取|有意|不排除|是否|如果|若|一旦|呼吁|敦促|要求|希望|期待|愿意|愿"
                    + "|可和|可与|可以|能够)");
    private static final Pattern BOTH_SIDES = Pattern.compile("双方|两国|两人|两位|二人|彼此");
    /** A summit is an event where it is held or attended, not wherever the word appears. */
    private static final Pattern SUMMIT_HELD = Pattern.compile("举行|召开|出席|参加|主持|与会|期间|会上|上发表|开幕|闭幕|视频");
    /** How many sentences after its trigger still speak of the same contact, for topics. */
    private static final int TOPIC_REACH = 15;
    /** Several subjects acting each on their own (均, 纷纷, 相继, 各自). */
    private static final Pattern EACH = Pattern.compile("均|纷纷|相继|各自|先后");
    private static final Pattern VIDEO = Pattern.compile("视频|视讯|线上|远程");
    private static final Pattern VISIT_OBJECT = Pattern.compile("\\A[^，。；]{0,3}$");
    private static final String CLAUSE_BREAKS = "，；,;";
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

    /** A trigger found in one sentence, with everything read from that sentence. */
    private record Candidate(EventType type, int sentence, int paragraph, Actors actors, Optional<DateMention> date,
                             EventStatus status, Optional<String> host, Evidence evidence, List<String> topics) {

        Set<String> actorSet() {
            Set<String> set = new TreeSet<>(actors.countries());
            set.addAll(actors.organizations());
            return set;
        }

        boolean inTitle() {
            return paragraph < 0;
        }
    }

    private record TriggerMatch(Trigger trigger, int start, int end) {
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
            for (TriggerMatch match : triggersIn(sentence.text())) {
                candidate(text.text(), sentence, match, reference, candidates).ifPresent(c -> candidates.addAll(split(c,
                        text.text(), sentence, match)));
            }
        }
        attachTopics(text, candidates);
        return new Extraction(merge(candidates, reference), Optional.empty());
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
        String clauseBefore = s.substring(clauseStart(s, match.start()), match.start());
        String clause = clauseBefore + s.substring(match.start(), clauseEnd(s, match.end()));
        if (NEGATION.matcher(s.substring(0, match.start())).find()
                || attributive(sentence, match) && type != EventType.PROTEST
                || SPECULATION.matcher(clauseBefore).find()
                || type == EventType.SUMMIT && !SUMMIT_HELD.matcher(clause).find()) {
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
        double confidence = 0.5 + (actors.persons().values().stream().anyMatch(p -> p.position().isPresent()) ? 0.2 : 0)
                + (date.isPresent() ? 0.2 : 0) + (sentence.paragraph() <= 0 ? 0.1 : 0);
        Evidence evidence = new Evidence(s, sentence.start(), sentence.end(), Math.min(1.0, confidence));
        return Optional.of(new Candidate(type, sentence.index(), sentence.paragraph(), actors, date, status, host,
                evidence, new ArrayList<>()));
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
     * link; a "video meeting" of three or more sides is a Summit.
     */
    private static EventType byNumberOfSides(EventType type, Actors actors, String clause) {
        boolean remote = VIDEO.matcher(clause).find();
        if (type == EventType.SUMMIT && actors.size() == 2) {
            return remote ? EventType.PHONE_CALL : EventType.MEETING;
        }
        if (type == EventType.PHONE_CALL && remote && actors.size() > 2) {
            return EventType.SUMMIT;
        }
        return type;
    }

    /**
     * One contact per counterpart where the text lists several: "分别同西班牙首相与荷兰首相通话" is two calls,
     * "访问英国和丹麦" two visits.
     */
    private static List<Candidate> split(Candidate c, String text, Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        int clauseStart = clauseStart(s, match.start());
        int separately = s.lastIndexOf("分别", match.start());
        Set<String> counterparts = new TreeSet<>();
        Set<String> subjects = new TreeSet<>();
        Matcher each = EACH.matcher(s).region(clauseStart, match.start());
        if (each.find() && c.type() != EventType.SUMMIT) {
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
                Optional<String> country = m.kind() == Mention.Kind.COUNTRY ? Optional.of(m.key()) : m.country();
                if (country.isEmpty() || !c.actors().countries().contains(country.get())) {
                    continue;
                }
                int at = m.start() - sentence.start();
                (at > separately && at < match.start() ? counterparts : subjects).add(country.get());
            }
        } else if (c.type() == EventType.VISIT) {
            // Hosts follow the trigger (访问英国和丹麦) or 对 before it (对日本和韩国进行访问).
            int end = clauseEnd(s, match.end());
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
            c.actors().countries().stream().filter(x -> !counterparts.contains(x)).forEach(subjects::add);
        }
        counterparts.removeAll(subjects);
        if (counterparts.size() < 2 || subjects.isEmpty()) {
            return List.of(c);
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
                    c.evidence(), new ArrayList<>()));
        }
        return parts;
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
        int clauseFrom = sentence.start() + clauseStart(sentence.text(), match.start());
        int clauseTo = sentence.start() + clauseEnd(sentence.text(), match.end());
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

    private static int clauseStart(String sentence, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                return i;
            }
        }
        return sentence.length();
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
            for (String topic : topics.detect(sentence.text())) {
                if (!owner.topics().contains(topic)) {
                    owner.topics().add(topic);
                }
            }
        }
    }

    /**
     * Turns candidates into events. The title restates an event of the body in other words: a title
     * candidate joins a body candidate of the same type with overlapping actors. Candidates of the
     * same type and day whose actors include another's are one event with the smaller actor set (a
     * country named only in passing does not make a new event). An undated candidate takes the date
     * of an event it repeats, else the latest date stated before it, else the publication date,
     * flagged as such.
     */
    private static List<DiplomaticEvent> merge(List<Candidate> all, LocalDate reference) {
        List<Candidate> candidates = new ArrayList<>(all.stream().filter(c -> !c.inTitle()).toList());
        for (Candidate title : all.stream().filter(Candidate::inTitle).toList()) {
            boolean restated = candidates.stream().anyMatch(c -> c.type() == title.type()
                    && c.actorSet().stream().anyMatch(title.actorSet()::contains));
            if (!restated) {
                candidates.add(0, title);
            }
        }
        Map<String, DiplomaticEvent> events = new LinkedHashMap<>();
        List<Candidate> dated = candidates.stream().filter(c -> c.date().isPresent()).toList();
        for (Candidate c : dated) {
            add(events, c, c.date().get().date(), c.date().get().endDate(), false);
        }
        for (Candidate c : candidates.stream().filter(c -> c.date().isEmpty()).toList()) {
            Optional<DiplomaticEvent> same = events.values().stream()
                    .filter(e -> e.type() == c.type() && actors(e).equals(c.actorSet())).findFirst();
            if (same.isPresent()) {
                add(events, c, same.get().date(), same.get().endDate(), same.get().dateIsReportDate());
                continue;
            }
            // Said during a call or meeting between the same sides (an invitation during the call): its day.
            Optional<Candidate> earlier = dated.stream()
                    .filter(d -> d.sentence() < c.sentence() && d.actorSet().equals(c.actorSet()))
                    .reduce((first, second) -> second);
            if (earlier.isPresent()) {
                add(events, c, earlier.get().date().get().date(), Optional.empty(), false);
            } else {
                add(events, c, reference, Optional.empty(), true);
            }
        }
        return withoutReadouts(oneMeetingOrTalks(absorbSupersets(new ArrayList<>(events.values()))));
    }

    /**
     * Reports call the same encounter 会见 in one sentence and 会谈 in the next: one meeting of the same
     * sides on the same day is one event, typed by the first report.
     */
    private static List<DiplomaticEvent> oneMeetingOrTalks(List<DiplomaticEvent> events) {
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            int same = -1;
            for (int i = 0; i < result.size(); i++) {
                DiplomaticEvent kept = result.get(i);
                if (ENCOUNTERS.contains(kept.type()) && ENCOUNTERS.contains(event.type())
                        && kept.date().equals(event.date()) && actors(kept).equals(actors(event))) {
                    same = i;
                }
            }
            if (same >= 0) {
                result.set(same, combine(result.get(same), event));
            } else {
                result.add(event);
            }
        }
        return result;
    }

    private static final Set<EventType> ENCOUNTERS = Set.of(EventType.MEETING, EventType.TALKS);

    /** A statement issued in its own right, not a readout quoted in a report (发表联合声明). */
    private static final Pattern ISSUED = Pattern.compile("联合|发表|发布|签署");
    private static final Set<EventType> CONTACTS = Set.of(EventType.PHONE_CALL, EventType.MEETING, EventType.TALKS,
            EventType.VISIT, EventType.SUMMIT);

    /**
     * A statement about a call or meeting between the same sides on the same day is its readout
     * (中国外交部在声明中援引王毅的话说…): part of that contact, not an event of its own.
     */
    private static List<DiplomaticEvent> withoutReadouts(List<DiplomaticEvent> events) {
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            boolean readout = event.type() == EventType.STATEMENT
                    && event.evidence().stream().noneMatch(e -> ISSUED.matcher(e.sentence()).find())
                    && events.stream().anyMatch(contact ->
                    CONTACTS.contains(contact.type()) && contact.date().equals(event.date())
                            && actors(contact).containsAll(actors(event)));
            if (!readout) {
                result.add(event);
            }
        }
        return result;
    }

    private static List<DiplomaticEvent> absorbSupersets(List<DiplomaticEvent> events) {
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            boolean absorbed = false;
            for (int i = 0; i < result.size() && !absorbed; i++) {
                DiplomaticEvent kept = result.get(i);
                if (kept.type() != event.type() || !kept.date().equals(event.date())) {
                    continue;
                }
                if (actors(event).containsAll(actors(kept))) {
                    result.set(i, combine(kept, event));
                    absorbed = true;
                } else if (actors(kept).containsAll(actors(event))) {
                    result.set(i, combine(event, kept));
                    absorbed = true;
                }
            }
            if (!absorbed) {
                result.add(event);
            }
        }
        return result;
    }

    private static Set<String> actors(DiplomaticEvent e) {
        Set<String> actors = new TreeSet<>(e.countries());
        actors.addAll(e.organizations());
        return actors;
    }

    private static void add(Map<String, DiplomaticEvent> events, Candidate c, LocalDate date,
                            Optional<LocalDate> endDate, boolean reportDate) {
        DiplomaticEvent event = new DiplomaticEvent(c.type(), c.actors().countries().stream().sorted().toList(),
                c.actors().organizations().stream().sorted().toList(), List.copyOf(c.actors().persons().values()),
                date, endDate, reportDate, c.status(), c.host(), c.topics(), List.of(c.evidence()));
        events.merge(event.key(), event, EventExtractor::combine);
    }

    /** One event from two reports of it; the first one's actors, date and status win. */
    private static DiplomaticEvent combine(DiplomaticEvent a, DiplomaticEvent b) {
        Map<String, Participant> persons = new LinkedHashMap<>();
        for (Participant p : a.persons()) {
            persons.put(p.name(), p);
        }
        for (Participant p : b.persons()) {
            if (p.country().isEmpty() || a.countries().contains(p.country().get())) {
                persons.merge(p.name(), p, (x, y) -> x.position().isPresent() || y.position().isEmpty() ? x : y);
            }
        }
        List<String> topics = new ArrayList<>(a.topics());
        b.topics().stream().filter(t -> !topics.contains(t)).forEach(topics::add);
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        return new DiplomaticEvent(a.type(), a.countries(), a.organizations(), List.copyOf(persons.values()), a.date(),
                a.endDate().or(b::endDate), a.dateIsReportDate() && b.dateIsReportDate(), a.status(),
                a.host().or(b::host).filter(a.countries()::contains), topics, evidence);
    }
}
