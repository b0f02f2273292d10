package org.diplograph.extract;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.article.Article;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;

/**
 * Stage 3 of the pipeline: {@link AnalyzedText} → {@link Extraction}. Finds event triggers sentence
 * by sentence, takes the actors the sentence names (persons with their positions and countries,
 * countries by name, "X方" form or pair abbreviation, organisations), resolves the date against the
 * publication day in the outlet's zone, attaches the topics of the following sentences (what was
 * said during a call belongs to the call) and merges reports of the same event. Thread-safe.
 */
public final class EventExtractor {

    /** Version of the extraction rules, recorded as provenance. Raise it when results change. */
    public static final String VERSION = "0.1.0";

    private static final Pattern NEGATION = Pattern.compile("(未|没有|没|不会|不再|拒绝|无意|并非|否认)[^，。；]{0,3}$");
    private static final Pattern PLANNED = Pattern.compile("(将|将于|拟|计划|即将|准备|预计|有望|打算|定于|希望|愿|期待|邀请)");
    private static final Pattern CANCELLED = Pattern.compile("(取消|推迟|延后|延期|暂停|搁置|叫停)");
    private static final Pattern BOTH_SIDES = Pattern.compile("双方|两国|两人|两位|二人|彼此");
    /** Words after a country name that make it a topic, place or source rather than an actor. */
    private static final Pattern NOT_ACTOR_AFTER = Pattern.compile(
            "\\A(媒体|报道|报纸|电视|网站|通讯社|官媒|问题|局势|半岛|危机|核|疫情|大选|选举|境内|国内|企业|公司|产品|市场|经济|籍|裔"
                    + "|人民币|股市|球队|队|球员|公民|留学生|游客|民众|网民|舆论|学者|专家|分析人士)");
    private static final Pattern NOT_ACTOR_BEFORE = Pattern.compile("(据|来自|位于|前往)$");
    private static final Pattern VISIT_OBJECT = Pattern.compile("\\A[^，。；]{0,3}$");

    private final Lexicon lexicon;
    private final List<Trigger> triggers;
    private final TopicDetector topics;

    public EventExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.triggers = Trigger.load();
        this.topics = new TopicDetector(lexicon);
    }

    /** A trigger found in one sentence, with everything read from that sentence. */
    private record Candidate(EventType type, int sentence, int paragraph, Set<String> countries, Set<String> orgs,
                             Map<String, Participant> persons, Optional<DateMention> date, EventStatus status,
                             Optional<String> host, Evidence evidence, List<String> topics) {
    }

    /** Extracts the events of one article. */
    public Extraction extract(AnalyzedText text) {
        Article article = text.article();
        if ("en".equals(article.language())) {
            return new Extraction(List.of(), Optional.of("English-language text: only Chinese articles are extracted"));
        }
        LocalDate reference = ZonedDateTime.ofInstant(article.published(), article.outlet().timeZone()).toLocalDate();
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            for (TriggerMatch match : triggersIn(sentence.text())) {
                candidate(text.text(), sentence, match, reference, candidates).ifPresent(candidates::add);
            }
        }
        attachTopics(text, candidates);
        return new Extraction(merge(candidates, reference), Optional.empty());
    }

    private record TriggerMatch(Trigger trigger, int start, int end) {
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
        String clauseBefore = clauseBefore(s, match.start());
        if (NEGATION.matcher(s.substring(0, match.start())).find()
                || (match.end() < s.length() && s.charAt(match.end()) == '的' && match.trigger().type() != EventType.PROTEST)) {
            return Optional.empty();
        }
        EventStatus status = CANCELLED.matcher(clauseBefore).find() ? EventStatus.CANCELLED
                : PLANNED.matcher(clauseBefore).find() || match.trigger().type() == EventType.INVITATION
                ? EventStatus.PLANNED : EventStatus.OCCURRED;
        if (match.trigger().type() == EventType.INVITATION) {
            // The invitation itself happened; what it invites to is planned.
            status = EventStatus.OCCURRED;
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        Map<String, Participant> persons = new LinkedHashMap<>();
        int triggerAt = sentence.start() + match.start();
        for (Mention mention : sentence.mentions()) {
            collectActor(text, mention, match, triggerAt, countries, orgs, persons);
        }
        Optional<String> host = match.trigger().host().or(() -> visitHost(text, sentence, match));
        host.ifPresent(countries::add);
        if (countries.size() + orgs.size() < 2 && BOTH_SIDES.matcher(s).find() && !before.isEmpty()) {
            // "双方/两国" refers back to the pair of the previous event.
            Candidate previous = before.get(before.size() - 1);
            countries.addAll(previous.countries());
            orgs.addAll(previous.orgs());
            previous.persons().forEach(persons::putIfAbsent);
        }
        boolean multilateral = match.trigger().type() == EventType.SUMMIT;
        if (countries.size() + orgs.size() < 2 && !(multilateral && !countries.isEmpty())) {
            return Optional.empty();
        }
        Optional<DateMention> date = eventDate(text, sentence, match, reference, status == EventStatus.PLANNED);
        double confidence = 0.5 + (persons.values().stream().anyMatch(p -> p.position().isPresent()) ? 0.2 : 0)
                + (date.isPresent() ? 0.2 : 0) + (sentence.paragraph() <= 0 ? 0.1 : 0);
        Evidence evidence = new Evidence(s, sentence.start(), sentence.end(), Math.min(1.0, confidence));
        return Optional.of(new Candidate(match.trigger().type(), sentence.index(), sentence.paragraph(), countries, orgs,
                persons, date, status, host, evidence, new ArrayList<>()));
    }

    private void collectActor(String text, Mention mention, TriggerMatch match, int triggerAt, Set<String> countries,
                              Set<String> orgs, Map<String, Participant> persons) {
        switch (mention.kind()) {
            case PERSON -> {
                persons.putIfAbsent(mention.key(), new Participant(mention.key(), mention.position(), mention.country()));
                mention.country().ifPresent(countries::add);
            }
            case POSITION -> mention.country().ifPresent(countries::add);
            case COUNTRY -> {
                if (mention.form() == Mention.Form.CAPITAL) {
                    return;
                }
                if (mention.form() == Mention.Form.NAME && !actsAsActor(text, mention)) {
                    return;
                }
                countries.add(mention.key());
            }
            case ORGANIZATION -> lexicon.organization(mention.key())
                    .filter(o -> o.kind() == Organization.Kind.INTERGOVERNMENTAL)
                    .ifPresent(o -> orgs.add(o.key()));
            case NEWS_AGENCY -> {
                // A source of the report, never a participant.
            }
        }
    }

    private static boolean actsAsActor(String text, Mention mention) {
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 6));
        String before = text.substring(Math.max(0, mention.start() - 2), mention.start());
        return !NOT_ACTOR_AFTER.matcher(after).find() && !NOT_ACTOR_BEFORE.matcher(before).find();
    }

    /** For visits: the country or capital named right after the trigger (访问韩国, 抵达首尔), or after 对 before it. */
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
        List<DateMention> dates = DateResolver.find(text, sentence.start(), sentence.end(), reference, planned)
                .stream().filter(d -> !d.dateline()).toList();
        int triggerAt = sentence.start() + match.start();
        Optional<DateMention> before = dates.stream().filter(d -> d.start() < triggerAt)
                .reduce((first, second) -> second);
        return before.or(() -> dates.stream().findFirst());
    }

    private static String clauseBefore(String sentence, int triggerStart) {
        int from = Math.max(Math.max(sentence.lastIndexOf('，', triggerStart - 1), sentence.lastIndexOf('；', triggerStart - 1)),
                sentence.lastIndexOf(',', triggerStart - 1)) + 1;
        return sentence.substring(from, triggerStart);
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
            Candidate owner = candidates.get(0);
            for (Candidate c : candidates) {
                if (c.sentence() <= sentence.index()) {
                    owner = c;
                }
            }
            for (String topic : topics.detect(sentence.text())) {
                if (!owner.topics().contains(topic)) {
                    owner.topics().add(topic);
                }
            }
        }
    }

    /**
     * Merges candidates with the same type and actors: same date, or no date of their own (the title,
     * a later "双方…" sentence). An undated candidate takes the latest date stated before it in the
     * article, else the publication date, flagged as such.
     */
    private static List<DiplomaticEvent> merge(List<Candidate> candidates, LocalDate reference) {
        Map<String, DiplomaticEvent> events = new LinkedHashMap<>();
        List<Candidate> dated = new ArrayList<>(candidates.stream().filter(c -> c.date().isPresent()).toList());
        List<Candidate> undated = candidates.stream().filter(c -> c.date().isEmpty()).toList();
        for (Candidate c : dated) {
            add(events, c, c.date().get().date(), c.date().get().endDate(), false);
        }
        for (Candidate c : undated) {
            Optional<DiplomaticEvent> same = events.values().stream()
                    .filter(e -> e.type() == c.type() && actors(e).equals(actors(c))).findFirst();
            if (same.isPresent()) {
                add(events, c, same.get().date(), same.get().endDate(), same.get().dateIsReportDate());
                continue;
            }
            Optional<Candidate> earlier = dated.stream().filter(d -> d.sentence() < c.sentence())
                    .reduce((first, second) -> second);
            if (earlier.isPresent()) {
                add(events, c, earlier.get().date().get().date(), Optional.empty(), false);
            } else {
                add(events, c, reference, Optional.empty(), true);
            }
        }
        return List.copyOf(events.values());
    }

    private static Set<String> actors(DiplomaticEvent e) {
        Set<String> actors = new java.util.TreeSet<>(e.countries());
        actors.addAll(e.organizations());
        return actors;
    }

    private static Set<String> actors(Candidate c) {
        Set<String> actors = new java.util.TreeSet<>(c.countries());
        actors.addAll(c.orgs());
        return actors;
    }

    private static void add(Map<String, DiplomaticEvent> events, Candidate c, LocalDate date,
                            Optional<LocalDate> endDate, boolean reportDate) {
        DiplomaticEvent event = new DiplomaticEvent(c.type(), c.countries().stream().sorted().toList(),
                c.orgs().stream().sorted().toList(), List.copyOf(c.persons().values()), date, endDate, reportDate,
                c.status(), c.host(), c.topics(), List.of(c.evidence()));
        events.merge(event.key(), event, EventExtractor::combine);
    }

    private static DiplomaticEvent combine(DiplomaticEvent a, DiplomaticEvent b) {
        Map<String, Participant> persons = new LinkedHashMap<>();
        for (Participant p : a.persons()) {
            persons.put(p.name(), p);
        }
        for (Participant p : b.persons()) {
            persons.merge(p.name(), p, (x, y) -> x.position().isPresent() || y.position().isEmpty() ? x : y);
        }
        List<String> topics = new ArrayList<>(a.topics());
        b.topics().stream().filter(t -> !topics.contains(t)).forEach(topics::add);
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        return new DiplomaticEvent(a.type(), a.countries(), a.organizations(), List.copyOf(persons.values()), a.date(),
                a.endDate().or(b::endDate), a.dateIsReportDate() && b.dateIsReportDate(), a.status(),
                a.host().or(b::host), topics, evidence);
    }
}
