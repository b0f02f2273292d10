package org.diplograph.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Merges the candidates of one article into events: reports of the same event (same type, actors
 * and day) become one event with all their evidence. Stateless.
 */
final class EventMerger {

    /** "在台期间", "访华期间", "在美期间": the time of a stay. */
    private static final Pattern STAY = Pattern.compile("在\\p{IsHan}{1,3}期间|访\\p{IsHan}{1,2}期间");

    private EventMerger() {
    }

    /**
     * Turns candidates into events. The title restates an event of the body in other words: a title
     * candidate joins a body candidate of the same type with overlapping actors. Candidates of the
     * same type and day whose actors include another's are one event with the smaller actor set (a
     * country named only in passing does not make a new event). An undated candidate takes the date
     * of the one event it repeats (same type and actors, or else one side more or less), else that of the latest candidate between the same sides before it
     * that is a contact (call, meeting, talks, visit, summit), of its type or of one of its persons
     * (one dated to the day before one dated by a period), else the publication date, flagged as such.
     */
    static List<DiplomaticEvent> merge(List<Candidate> all, LocalDate reference) {
        List<Candidate> body = all.stream().filter(c -> !c.inTitle()).toList();
        List<Candidate> candidates = new ArrayList<>(body);
        for (Candidate title : all.stream().filter(Candidate::inTitle).toList()) {
            // Headlines run together ("习近平同智利总统通电话习近平同坦桑尼亚总统通电话") restate the body, not each other.
            boolean restated = body.stream().anyMatch(c -> c.type() == title.type()
                    && c.actorSet().stream().anyMatch(title.actorSet()::contains))
                    || HeadlineOfStatement.restates(title, body);
            if (!restated) {
                candidates.add(0, title);
            }
        }
        Map<String, DiplomaticEvent> events = new LinkedHashMap<>();
        List<Candidate> dated = candidates.stream().filter(c -> c.date().isPresent()).toList();
        for (Candidate c : dated) {
            add(events, c, c.date().get().date(), c.date().get().endDate(), false, candidates);
        }
        for (Candidate c : candidates.stream().filter(c -> c.date().isEmpty()).toList()) {
            boolean earlierMeasure = EarlierMeasure.told(c);
            List<DiplomaticEvent> same = events.values().stream()
                    .filter(e -> e.type() == c.type() && actors(e).equals(c.actorSet()) && sameIssuer(c, e, candidates)
                            && !stillToCome(c, e) && !(earlierMeasure && !e.dateIsReportDate()))
                    .toList();
            if (same.isEmpty() && !CountedSides.stated(c)) {
                // One side more or less (a country named in passing) is still the same event.
                same = events.values().stream().filter(e -> e.type() == c.type()
                        && oneSideApart(actors(e), c.actorSet()) && sameIssuer(c, e, candidates)
                        && !stillToCome(c, e)).toList();
            }
            if (same.isEmpty() && c.type() == EventType.SUMMIT) {
                // A summit of the same organisation: "韩国外长将受邀出席G7外长会议" after "英国5月3日将举行G7外长会议".
                List<DiplomaticEvent> gathering = events.values().stream().filter(e -> e.type() == EventType.SUMMIT
                        && e.organizations().stream().anyMatch(c.actors().organizations()::contains)).toList();
                if (gathering.stream().map(DiplomaticEvent::date).distinct().count() == 1) {
                    same = gathering.subList(0, 1);
                }
            }
            Optional<DiplomaticEvent> invitedAmong = OneOfTheInvited.invitation(c, events.values());
            if (same.isEmpty() && invitedAmong.isPresent()) {
                joinInto(events, invitedAmong.get(), c);
                continue;
            }
            Optional<Candidate> answered = ImmediateResponse.answered(c, dated);
            if (same.size() == 1 && same.get(0).dateIsReportDate() && answered.isPresent()) {
                // The act was told undated before ("决定对…实施制裁是正义之举"); taken at once in answer to
                // a dated one, it was taken that day, and so was what it repeats.
                LocalDate day = answered.get().date().get().date();
                redate(events, same.get(0), day);
                add(events, c, day, Optional.empty(), false, candidates);
                continue;
            }
            if (same.size() == 1) {
                add(events, c, same.get(0).date(), same.get(0).endDate(), same.get(0).dateIsReportDate(), candidates);
                continue;
            }
            if (answered.isPresent()) {
                add(events, c, answered.get().date().get().date(), Optional.empty(), false, candidates);
                continue;
            }
            Optional<Candidate> heldThere = OngoingVisit.contactHeldThere(c, dated);
            if (heldThere.isPresent()) {
                add(events, c, heldThere.get().date().get().date(), Optional.empty(), false, candidates);
                continue;
            }
            // Said during a call or meeting between the same sides (an invitation during the call), or by
            // the same person on the same occasion: its day. A sanction announced by someone else is not
            // the day of the protest against it, and a contact dated by a whole period
            // (自10年前首次访问以来) is background, not the one just reported.
            List<Candidate> contacts = earlierMeasure ? List.of() : dated.stream()
                    .filter(d -> d.sentence() < c.sentence() && d.actorSet().equals(c.actorSet())
                            && datesLaterReport(d, c) && !issuedByOther(c, d)
                            && !ProtestThroughChannels.apartFrom(c, d)
                            // What is still to come did not happen on the day of a contact that did.
                            && (c.status() != EventStatus.PLANNED || d.status() == EventStatus.PLANNED)
                            && !TakenNotAnnounced.apart(c, d.type(), d.status())
                            // An invitation precedes the contact it leads to (应…邀请 before the visit).
                            && (c.type() != EventType.INVITATION || d.status() != EventStatus.PLANNED)
                            && !StandingInvitation.told(c)
                            && !duringStay(d, c))
                    .toList();
            Optional<Candidate> earlier = contacts.stream().filter(d -> !d.date().get().vague())
                    .reduce((first, second) -> second)
                    .or(() -> contacts.stream().reduce((first, second) -> second));
            if (earlier.isPresent()) {
                add(events, c, earlier.get().date().get().date(), Optional.empty(), false, candidates);
            } else {
                add(events, c, reference, Optional.empty(), true, candidates);
            }
        }
        candidates.forEach(c -> GatheringLeft.followingAct(c, candidates).ifPresent(next -> dateByNextAct(events, c, next)));
        return toldApartByWhoActed(withoutReadouts(oneProtestPerSummons(oneCallPerDialogue(oneVisitPerStay(oneMeetingOrTalks(
                oneSummitPerGathering(absorbSupersets(periodsIntoDays(new ArrayList<>(events.values())), candidates))))))),
                candidates);
    }

    /**
     * Events kept apart though of one type, actors and date (a sanction and the counter-sanction of the
     * same day, two leaders' messages) would share one key and so one URI: each takes the side that
     * imposed it, or else the persons who acted, into its key.
     */
    private static List<DiplomaticEvent> toldApartByWhoActed(List<DiplomaticEvent> events, List<Candidate> candidates) {
        Map<String, Long> perKey = events.stream().collect(Collectors.groupingBy(DiplomaticEvent::key,
                Collectors.counting()));
        List<DiplomaticEvent> toldApart = events.stream().map(e -> {
            if (perKey.get(e.key()) < 2) {
                return e;
            }
            Set<String> sides = imposers(e, candidates);
            return e.actedBy(String.join("+", sides.isEmpty() ? names(e) : sides));
        }).toList();
        // Démarches lodged one by one by the same side ({@link SeveralDemarches}) are told apart by their order.
        Map<String, Integer> seen = new java.util.HashMap<>();
        return toldApart.stream().map(e -> {
            int n = seen.merge(e.key(), 1, Integer::sum);
            return n < 2 ? e : e.actedBy(e.actedBy().orElse("") + "#" + n);
        }).toList();
    }

    /**
     * Histories tell one act twice, once by its month or year and once by its day ("2001年7月…签订《…条约》",
     * "《…条约》…于2001年7月16日…签署"): an event of a period that holds the day of an event of the same
     * type and sides is that event, reported less precisely.
     */
    private static List<DiplomaticEvent> periodsIntoDays(List<DiplomaticEvent> events) {
        List<DiplomaticEvent> result = new ArrayList<>(events);
        for (DiplomaticEvent period : events) {
            if (period.endDate().isEmpty() || period.dateIsReportDate()) {
                continue;
            }
            Optional<DiplomaticEvent> day = result.stream().filter(e -> e != period && e.type() == period.type()
                    && e.endDate().isEmpty() && !e.dateIsReportDate() && actors(e).equals(actors(period))
                    && !e.date().isBefore(period.date()) && !e.date().isAfter(period.endDate().get())).findFirst();
            if (day.isPresent()) {
                DiplomaticEvent merged = combine(day.get(), period);
                result.set(result.indexOf(day.get()), new DiplomaticEvent(merged.type(), merged.countries(),
                        merged.organizations(), merged.persons(), merged.date(), Optional.empty(), false,
                        merged.status(), merged.host(), merged.topics(), merged.evidence()));
                result.remove(period);
            }
        }
        return result;
    }

    /**
     * Reports call the same encounter 会见 in one sentence and 会谈 in the next: one meeting of the same
     * sides on the same day is one event, typed by the first report.
     */
    private static List<DiplomaticEvent> oneMeetingOrTalks(List<DiplomaticEvent> events) {
        return joined(events, (kept, event) -> kept.type().encounter() && event.type().encounter()
                && kept.date().equals(event.date()) && actors(kept).equals(actors(event)) && !separate(kept, event),
                // The first report's type wins, unless the other shows the encounter was talks.
                (kept, event) -> TalksToldInDetail.toldInLead(kept, event) || SummitHeldAsTalks.heldAs(kept, event)
                        ? combine(event, kept) : combine(kept, event));
    }


    /** A dialogue told of the sides of a call on its day is the call ({@link CallAsDialogue}). */
    private static List<DiplomaticEvent> oneCallPerDialogue(List<DiplomaticEvent> events) {
        return joined(events, (kept, event) -> CallAsDialogue.sameCall(kept, event)
                || VideoSummitTalks.sameCall(kept, event) || VideoSummitTalks.sameCall(event, kept),
                (kept, event) -> kept.type() == EventType.PHONE_CALL ? combine(kept, event) : combine(event, kept));
    }
    /** A meeting of the persons of a protest that day is the protest lodged in person ({@link ProtestInPerson}). */
    private static List<DiplomaticEvent> oneProtestPerSummons(List<DiplomaticEvent> events) {
        return joined(events, ProtestInPerson::sameEncounter, (kept, event) -> kept.type() == EventType.PROTEST
                ? combine(kept, event) : combine(event, kept));
    }

    /** How many days apart two reports of a visit between the same sides still tell of one stay. */
    private static final int STAY_DAYS = 3;
    /** Longer than this, a visit's dates are a vague period ("2018年5月"), not the days of one stay. */
    private static final int LONGEST_STAY = 14;

    /**
     * A visit is told by the day of arrival ("9日抵达日本") and by the days of what the visitor did
     * there ("10日…举行了会谈", "31日参访台北"): visits between the same sides a few days apart are one
     * stay, from the first day to the last.
     */
    private static List<DiplomaticEvent> oneVisitPerStay(List<DiplomaticEvent> events) {
        return joined(events, (kept, event) -> kept.type() == EventType.VISIT && event.type() == EventType.VISIT
                && !kept.dateIsReportDate() && !event.dateIsReportDate() && kept.status() == event.status()
                && actors(kept).equals(actors(event)) && daysApart(kept, event) <= STAY_DAYS
                && span(kept) <= LONGEST_STAY && span(event) <= LONGEST_STAY, EventMerger::stay);
    }

    private static DiplomaticEvent stay(DiplomaticEvent kept, DiplomaticEvent event) {
        boolean keptFirst = !event.date().isBefore(kept.date());
        DiplomaticEvent stay = keptFirst ? combine(kept, event) : combine(event, kept);
        LocalDate last = Collections.max(List.of(lastDay(kept), lastDay(event)));
        return new DiplomaticEvent(stay.type(), stay.countries(), stay.organizations(), stay.persons(),
                stay.date(), last.isAfter(stay.date()) ? Optional.of(last) : Optional.empty(), false,
                stay.status(), stay.host(), stay.topics(), stay.evidence());
    }

    private static long daysApart(DiplomaticEvent a, DiplomaticEvent b) {
        if (!a.date().isAfter(lastDay(b)) && !b.date().isAfter(lastDay(a))) {
            return 0;
        }
        return Math.min(Math.abs(ChronoUnit.DAYS.between(lastDay(a), b.date())),
                Math.abs(ChronoUnit.DAYS.between(lastDay(b), a.date())));
    }

    private static long span(DiplomaticEvent e) {
        return ChronoUnit.DAYS.between(e.date(), lastDay(e));
    }

    private static LocalDate lastDay(DiplomaticEvent e) {
        return e.endDate().orElse(e.date());
    }

    /**
     * Reports of one organisation's summit on one day name different participants ("英国将举行G7外长会议",
     * "韩国外长将受邀出席G7外长会议"): one summit with all of them.
     */
    private static List<DiplomaticEvent> oneSummitPerGathering(List<DiplomaticEvent> events) {
        return joined(events, (kept, event) -> sameGathering(kept, event) && kept.date().equals(event.date()),
                (kept, event) -> combine(kept.withActors(union(kept.countries(), event.countries()),
                        union(kept.organizations(), event.organizations())), event));
    }

    /**
     * Each event joined into the first one kept before it that {@code same} says it repeats, or kept
     * as an event of its own.
     */
    private static List<DiplomaticEvent> joined(List<DiplomaticEvent> events,
                                                BiPredicate<DiplomaticEvent, DiplomaticEvent> same,
                                                BinaryOperator<DiplomaticEvent> join) {
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            OptionalInt kept = IntStream.range(0, result.size()).filter(i -> same.test(result.get(i), event)).findFirst();
            if (kept.isPresent()) {
                result.set(kept.getAsInt(), join.apply(result.get(kept.getAsInt()), event));
            } else {
                result.add(event);
            }
        }
        return result;
    }

    private static boolean sameGathering(DiplomaticEvent a, DiplomaticEvent b) {
        return a.type() == EventType.SUMMIT && b.type() == EventType.SUMMIT
                && a.organizations().stream().anyMatch(b.organizations()::contains);
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** A statement issued in its own right, not a readout quoted in a report (发表联合声明). */
    private static final Pattern ISSUED = Pattern.compile("联合|发表|发布|签署");

    /**
     * A statement about a call or meeting between the same sides on the same day is its readout
     * (中国外交部在声明中援引王毅的话说…): part of that contact, not an event of its own. So is a protest
     * between exactly the sides of a call held that day (王毅就涉港问题…指出…，中国坚决反对): what a participant
     * said during a call is part of the call. A meeting is not enough: one may be held to lodge the protest.
     * A contact still to come has no readout yet: a minister's statement on the day talks are due is a statement.
     * A statement that condemns is how a protest told in it or before it was made ({@link CondemningStatement}).
     */
    private static List<DiplomaticEvent> withoutReadouts(List<DiplomaticEvent> events) {
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            boolean readout = event.type() == EventType.STATEMENT
                    && event.evidence().stream().noneMatch(e -> ISSUED.matcher(e.sentence()).find())
                    && events.stream().anyMatch(contact ->
                    contact.type().consultation() && contact.status() != EventStatus.PLANNED
                            && contact.date().equals(event.date()) && actors(contact).containsAll(actors(event)))
                    || event.type() == EventType.PROTEST && events.stream().anyMatch(call ->
                    call.type() == EventType.PHONE_CALL && call.status() == EventStatus.OCCURRED
                            && call.date().equals(event.date()) && actors(call).equals(actors(event)));
            if (!readout) {
                result.add(event);
            }
        }
        return CondemningStatement.withoutVehicles(result);
    }

    private static List<DiplomaticEvent> absorbSupersets(List<DiplomaticEvent> events, List<Candidate> candidates) {
        List<DiplomaticEvent> result = new ArrayList<>();
        for (DiplomaticEvent event : events) {
            boolean absorbed = false;
            for (int i = 0; i < result.size() && !absorbed; i++) {
                DiplomaticEvent kept = result.get(i);
                if (kept.type() != event.type() || !kept.date().equals(event.date()) || separate(kept, event)
                        || undatedProtestApart(kept, event)
                        || imposedApart(kept, event, candidates) || protestedApart(kept, event, candidates)
                        || sameGathering(kept, event) || CountedSides.apart(kept, event)) {
                    continue;
                }
                boolean wider = StatementAddressees.keepAll(kept, event);
                if (actors(event).containsAll(actors(kept))) {
                    result.set(i, wider ? combine(event, kept) : combine(kept, event));
                    absorbed = true;
                } else if (actors(kept).containsAll(actors(event))) {
                    result.set(i, wider ? combine(kept, event) : combine(event, kept));
                    absorbed = true;
                }
            }
            if (!absorbed) {
                result.add(event);
            }
        }
        return result;
    }

    /**
     * Whether {@code later}, undated, reports something that happened on the occasion of {@code earlier}:
     * said or agreed during a contact, a further report of the same kind, or what the same person went
     * on to say. A call and a contact in person (a call, then talks) are different occasions.
     */
    private static boolean datesLaterReport(Candidate earlier, Candidate later) {
        if (earlier.type() == later.type()) {
            return true;
        }
        if (later.type().consultation()) {
            return earlier.type().consultation()
                    && earlier.type() != EventType.PHONE_CALL && later.type() != EventType.PHONE_CALL;
        }
        return earlier.type().consultation() || sameSpeaker(earlier, later);
    }

    /**
     * Whether no report of {@code event} names another side as the one who acted: "荷兰外交部召见中国大使"
     * does not repeat "中国驻荷兰大使…向荷兰外交部提出严正交涉", though both are protests between the two.
     */
    private static boolean sameIssuer(Candidate c, DiplomaticEvent event, List<Candidate> candidates) {
        return candidates.stream().filter(d -> d.type() == c.type() && reports(d, event))
                .noneMatch(d -> issuedByOther(c, d));
    }

    private static boolean issuedByOther(Candidate c, Candidate d) {
        return c.issuer().isPresent() && d.issuer().isPresent() && !c.issuer().equals(d.issuer());
    }

    /**
     * "维特齐等人在台期间将会见总统蔡英文": a meeting on one of the days of a stay, not on the day the
     * visit begins.
     */
    private static boolean duringStay(Candidate visit, Candidate encounter) {
        return visit.type() == EventType.VISIT && encounter.type().encounter()
                && STAY.matcher(encounter.evidence().sentence()).find();
    }

    /** "他将会见解振华" after "上个月…中美高级官员…会晤": what is still to come does not repeat what happened. */
    private static boolean stillToCome(Candidate c, DiplomaticEvent e) {
        return c.status() == EventStatus.PLANNED && e.status() == EventStatus.OCCURRED
                || TakenNotAnnounced.apart(c, e.type(), e.status());
    }

    private static boolean oneSideApart(Set<String> a, Set<String> b) {
        return Math.abs(a.size() - b.size()) == 1 && (a.containsAll(b) || b.containsAll(a));
    }

    private static boolean sameSpeaker(Candidate a, Candidate b) {
        return a.actors().persons().keySet().stream().anyMatch(b.actors().persons()::containsKey);
    }

    private static Set<String> actors(DiplomaticEvent e) {
        Set<String> actors = new TreeSet<>(e.countries());
        actors.addAll(e.organizations());
        return actors;
    }

    /**
     * Sanctions answer sanctions: "美国…对中国官员实施制裁" and "中国…对美国…实施制裁" on one day are two acts
     * between the same sides, told apart by the side that imposes each; so are closures of each side's
     * consulate, by the side each strikes ({@link ExpelledSide}), and a letter and the reply to it, by the
     * side that sent each ({@link MessageSender}).
     */
    private static boolean imposedApart(DiplomaticEvent a, DiplomaticEvent b, List<Candidate> candidates) {
        if (a.type() != b.type() || a.type() != EventType.SANCTION && a.type() != EventType.EXPULSION
                && a.type() != EventType.MESSAGE) {
            return false;
        }
        return byOtherSides(a, b, candidates);
    }

    /**
     * A protest the text does not date is not known to be the one of the day a dated protest among more
     * sides was lodged: "伊朗周日召见了德国与法国驻伊朗特使" and "欧盟…谴责这一行径" are two acts.
     */
    private static boolean undatedProtestApart(DiplomaticEvent a, DiplomaticEvent b) {
        return a.type() == EventType.PROTEST && b.type() == EventType.PROTEST
                && a.dateIsReportDate() != b.dateIsReportDate();
    }

    /**
     * Each side may protest at the other on one day ("俄外交部还召见意大利驻俄大使", then "意大利外交部表示，
     * 俄罗斯此举没有理由"): two protests between the same two sides are two acts when different sides lodge
     * them. Among more sides, who is named first is no sure sign of who protests.
     */
    private static boolean protestedApart(DiplomaticEvent a, DiplomaticEvent b, List<Candidate> candidates) {
        return a.type() == EventType.PROTEST && b.type() == EventType.PROTEST && actors(a).size() == 2
                && actors(a).equals(actors(b)) && byOtherSides(a, b, candidates);
    }

    private static boolean byOtherSides(DiplomaticEvent a, DiplomaticEvent b, List<Candidate> candidates) {
        Set<String> imposersA = imposers(a, candidates);
        Set<String> imposersB = imposers(b, candidates);
        return !imposersA.isEmpty() && !imposersB.isEmpty() && imposersA.stream().noneMatch(imposersB::contains);
    }

    private static Set<String> imposers(DiplomaticEvent event, List<Candidate> candidates) {
        Set<String> imposers = new TreeSet<>();
        candidates.stream().filter(c -> c.type() == event.type() && reports(c, event))
                .forEach(c -> c.issuer().ifPresent(imposers::add));
        return imposers;
    }

    /**
     * Whether {@code c} is one of the reports merged into {@code event}. Two triggers of one sentence
     * ("欧盟…对中国实施制裁后，北京…宣布对欧盟…实施制裁") have equal evidence, so the candidate is known by its
     * own evidence record, not by an equal one.
     */
    private static boolean reports(Candidate c, DiplomaticEvent event) {
        return event.evidence().stream().anyMatch(e -> e == c.evidence());
    }

    /** Moves the event of an undated {@code summit}, dated by the report day, to the day of the act that followed it. */
    private static void dateByNextAct(Map<String, DiplomaticEvent> events, Candidate summit, Candidate next) {
        Optional<DiplomaticEvent> left = events.values().stream().filter(e -> reports(summit, e) && e.dateIsReportDate())
                .findFirst();
        Optional<DiplomaticEvent> act = events.values().stream().filter(e -> reports(next, e) && !e.dateIsReportDate())
                .findFirst();
        if (left.isPresent() && act.isPresent()) {
            redate(events, left.get(), act.get().date());
        }
    }

    /** Moves {@code event}, dated by the report day, to the day {@code date}. */
    private static void redate(Map<String, DiplomaticEvent> events, DiplomaticEvent event, LocalDate date) {
        events.values().remove(event);
        DiplomaticEvent dated = new DiplomaticEvent(event.type(), event.countries(), event.organizations(),
                event.persons(), date, Optional.empty(), false, event.status(), event.host(), event.topics(),
                event.evidence());
        events.merge(dated.key(), dated, EventMerger::combine);
    }

    /** Adds the report {@code c} to {@code event}, whose sides, date and status stay. */
    private static void joinInto(Map<String, DiplomaticEvent> events, DiplomaticEvent event, Candidate c) {
        DiplomaticEvent report = new DiplomaticEvent(event.type(), event.countries(), event.organizations(),
                List.copyOf(c.actors().persons().values()), event.date(), event.endDate(), event.dateIsReportDate(),
                event.status(), event.host(), c.topics(), List.of(c.evidence()));
        events.replaceAll((key, e) -> e == event ? combine(e, report) : e);
    }

    private static void add(Map<String, DiplomaticEvent> events, Candidate c, LocalDate date,
                            Optional<LocalDate> endDate, boolean reportDate, List<Candidate> candidates) {
        DiplomaticEvent event = new DiplomaticEvent(c.type(), c.actors().countries().stream().sorted().toList(),
                c.actors().organizations().stream().sorted().toList(), List.copyOf(c.actors().persons().values()),
                date, endDate, reportDate, c.status(), c.host(), c.topics(), List.of(c.evidence()));
        String key = event.key();
        for (int n = 2; events.containsKey(key) && (separate(events.get(key), event)
                || imposedApart(events.get(key), event, candidates)
                || protestedApart(events.get(key), event, candidates)); n++) {
            key = event.key() + "#" + n;
        }
        events.merge(key, event, EventMerger::combine);
    }

    /**
     * Leaders exchange messages one pair at a time: "习近平同岸田文雄互致贺电" and "李克强同岸田文雄互致贺电"
     * are two messages between the same states on the same day, told apart by who sent them.
     */
    private static boolean separateMessages(DiplomaticEvent a, DiplomaticEvent b) {
        if (a.type() != EventType.MESSAGE || b.type() != EventType.MESSAGE || a.persons().isEmpty()
                || b.persons().isEmpty()) {
            return false;
        }
        Set<String> namesA = names(a);
        Set<String> namesB = names(b);
        return !namesA.containsAll(namesB) && !namesB.containsAll(namesA);
    }

    private static boolean separate(DiplomaticEvent a, DiplomaticEvent b) {
        return separateMessages(a, b) || separateEncounters(a, b) || TalksAfterMeeting.successive(a, b)
                || SeveralDemarches.apart(a, b) || MissionVoice.apart(a, b) || CountedEncounters.apart(a, b)
                || AdditionalDemarches.apart(a, b) || ListedStatements.apart(a, b);
    }

    /**
     * A visitor meets the host's leaders one at a time: "比根与外务大臣茂木敏充举行了会谈" and "比根还与防卫大臣
     * 河野太郎举行了会谈" are two talks between the same states on the same day: one side's person is the
     * same, the other side's are different.
     */
    private static boolean separateEncounters(DiplomaticEvent a, DiplomaticEvent b) {
        if (!a.type().encounter() || !b.type().encounter()) {
            return false;
        }
        boolean sameVisitor = false;
        boolean otherHosts = false;
        for (String country : a.countries()) {
            Set<String> namesA = names(a, country);
            Set<String> namesB = names(b, country);
            sameVisitor |= namesA.stream().anyMatch(namesB::contains);
            otherHosts |= !namesA.isEmpty() && !namesB.isEmpty() && namesA.stream().noneMatch(namesB::contains);
        }
        return sameVisitor && otherHosts;
    }

    private static Set<String> names(DiplomaticEvent e, String country) {
        Set<String> names = new TreeSet<>();
        e.persons().stream().filter(p -> p.country().equals(Optional.of(country))).forEach(p -> names.add(p.name()));
        return names;
    }

    private static Set<String> names(DiplomaticEvent e) {
        Set<String> names = new TreeSet<>();
        e.persons().forEach(p -> names.add(p.name()));
        return names;
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
