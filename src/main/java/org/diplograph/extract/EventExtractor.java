package org.diplograph.extract;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
 * by sentence, takes the actors of each trigger's context ({@link ActorSelector}), dates it
 * ({@link EventDating}) against the report day in the outlet's zone, attaches the topics of the following sentences
 * (what was said during a call belongs to the call) and merges reports of the same event. Thread-safe.
 */
public final class EventExtractor {

    /** Version of the extraction rules, recorded as provenance. Raise it when results change. */
    public static final String VERSION = "0.10.0";

    private static final Pattern NEGATION = Pattern.compile(
            "(未|没有|没|不会|不再|拒绝|无意|并非|否认|不)[^，。；]{0,3}$|(?:未|没有|不会|不再|禁止|不得)(?:与|同|和|跟)[^，。；]{0,12}$");
    private static final Pattern CANCELLED = Pattern.compile("(取消|推迟|延后|延期|暂停|搁置|叫停)");
    /** Talk of what might or habitually happens is not an event (应该再次会面, 可能举行峰会, 经常访华). */
    private static final Pattern SPECULATION = Pattern.compile(
            "(可能|应该|应当|或将|或许|考虑(?!到)|寻求|试图|旨在|推动|促使|争取|有意|不排除|是否|如果|若|一旦|呼吁|敦促|要求|希望|期待|愿意|愿|不打算|无意|禁止|不得"
                    + "|可和|可与|可以|能够|经常|常常|多次|屡次|一再|每年|威胁|确保|早日|尽早|尽快|何时|能否)");
    /**
     * Opinions of commentators are no events: "时政评论人士陈破空…表示，…制裁", "首席经济学家…接受采访时表示，
     * 拜登通过与普京会面…" tell what they think of events, if any, reported elsewhere. "有分析人士称，德国政府
     * 召见中国大使…" is the reporter's own account, hedged.
     */
    private static final Pattern COMMENTATOR = Pattern.compile(
            "(?<!有)(?:评论人士|评论员|评论家|分析人士|分析师|专家|学者|经济学家|观察人士|观察家|研究员)[^。；]{0,40}?"
                    + "(?:表示|说|认为|指出|称|透露|分析)");
    /** Words of criticism; they make a protest only in an official voice, not a commentator's. */
    private static final Pattern CRITICISM = Pattern.compile("批评|驳斥|反驳");
    private static final Pattern OFFICIAL_VOICE = Pattern.compile("发言人|外交部|外务省|国务院|白宫|政府|使馆|使团|代表团");
    /**
     * Events named in passing as a point of reference (我上次访华以来) or in a relative clause (两国签署的
     * 首个此类协议): without a date of their own they report nothing new.
     */
    private static final Pattern SINCE = Pattern.compile("\\A[^，。；]{0,12}?以来");
    private static final Pattern LAST_TIME = Pattern.compile("(?:上次|上一次)[^，。；]{0,6}$");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\A\\p{IsHan}{2}的");
    /** "曾和当时的苏联政府签订协定": what once happened, recalled without a date, is background. */
    private static final Pattern ONCE = Pattern.compile("曾经?(?:[和与同跟向对在于][^，。；]*)?$");
    /** "在宣布制裁特朗普等人之后，鲁哈尼…": an act that a leading clause puts before the news is one told already. */
    private static final Pattern LEADING_AFTER = Pattern.compile("\\A在[^，。；]*$");
    private static final Pattern AFTER_IT = Pattern.compile("\\A[^，。；]{0,12}?(?:之后|以后|后)[，,]");
    /**
     * A "statement" made answering questions at a press conference is a quoted remark, not one issued;
     * "这样的声明", "该声明" speak of one already reported.
     */
    private static final Pattern PRESS_CONFERENCE = Pattern.compile("例行|记者会|发布会|吹风会|记者提问|答记者问");
    private static final Pattern DEMONSTRATIVE = Pattern.compile("这|该|此");
    private static final Pattern BOTH_SIDES = Pattern.compile("双方|两国|两人|两位|二人|彼此");
    /** What may stand between an organisation and the name of its gathering: "（G7）", "领导人第十九次". */
    private static final Pattern GATHERING_NAME = Pattern.compile("[）)]?[^，。；、,;与和同及（(]{0,12}");
    /** "本次峰会", "参加了峰会": a summit named by no name of its own is the one just reported. */
    private static final Pattern SAME_GATHERING = Pattern.compile("(?:本次|此次|这次|本届|这届|该|这场|参加了?|出席了?|与会)$");
    /** A summit is an event where it is held or attended, not wherever the word appears. */
    private static final Pattern SUMMIT_HELD = Pattern.compile("举行|召开|出席|参加|主持|与会|期间|会上|上发表|开幕|闭幕|结束|组织了|视频");
    /** A line of a few words with no closing punctuation: a subheading within the body. */
    private static final Pattern SUBHEADING = Pattern.compile("[^。！？!?；;，,：:”」』)）]{4,30}");
    /**
     * How many sentences after its trigger still speak of the same contact, for topics: an official readout of
     * talks (习近平指出…普京表示…) runs to thirty sentences, and what the sides said near its end is theirs too.
     */
    private static final int TOPIC_REACH = 25;
    private static final String SANCTIONS = "sanctions";
    /** "出席二十国集团领导人峰会期间会见…": the gathering is where the meeting took place. */
    private static final Pattern AT_GATHERING = Pattern.compile(
            "\\A[^，。；]{0,16}?(?:峰会|会议|外长会|大会|论坛|年会)[^，。；]{0,3}?(?:期间|间隙|之际|上|时)");
    /** "对北京方面对欧盟采取的制裁措施表示反对": a measure its clause protests against was reported before. */
    private static final Pattern PROTESTED_AGAINST = Pattern.compile(
            "表示(?:强烈)?(?:反对|不满|抗议|谴责)|表达(?:强烈)?(?:抗议|不满)|提出(?:严正)?(?:抗议|交涉)");
    /**
     * A measure named as a noun (对委内瑞拉发动的持续制裁, 美国实施的制裁) is spoken of, not imposed here;
     * one announced (宣布对俄罗斯的新一轮制裁措施), suspended (暂停与香港的引渡条约) or new (实施新的制裁) is.
     */
    private static final Pattern NAMED_MEASURE = Pattern.compile("\\A(?!宣布|决定|暂停|中止)[^，。；]*(?<!新)的[^的]{0,6}$");
    /** "中方将对美方错误行径作出必要反应，包括…实施制裁": a sanction held out as a response to come is a threat. */
    private static final Pattern THREATENED = Pattern.compile("(?:将|必将|会)[^。；]{0,16}?(?:作出|做出)[^，。；]{0,8}?(?:反应|回应)");
    /**
     * A measure called 所谓 or 非法 (对其实施非法制裁, 实施所谓制裁) is named by the side protesting it, about
     * one imposed before: the sentence reports the protest, not the measure.
     */
    private static final Pattern DISPUTED_MEASURE = Pattern.compile("所谓|非法|无理|蛮横");
    /** 《中英联合声明》 names a document; one signed or issued in the clause (签署了《…联合声明》) is an act. */
    private static final Pattern ISSUED = Pattern.compile("签署|签订|发表|发布|通过");
    /** A summit as the setting of another contact: during it (期间, 间隙) or before it opens (开幕前). */
    private static final Pattern DURING = Pattern.compile("\\A[^，。；]{0,3}?(?:期间|间隙|之际|前)");
    /**
     * Officials listed as attending (丁薛祥、王毅、何立峰等参加会见), also with their titles and the other side's
     * delegation (蔡奇、王毅、秦刚，以及俄罗斯联邦政府领导人出席上述活动), or flying with a visitor (…等陪同人员同机抵达).
     */
    private static final Pattern ACCOMPANYING = Pattern.compile("\\A([^。；]{2,120}?)(?:，以及[^，。；]{1,30}?)?"
            + "(?:等(?:人)?(?:参加|出席|陪同)(会见|会谈|会晤)?(?:上述活动|活动|人员同机(?:抵达|返回|离开|前往)[^，。；]{0,12})?"
            + "|(?:参加|出席|陪同)上述活动)[。！]?$");
    private static final Set<EventType> ACCOMPANIED = Set.of(EventType.MEETING, EventType.TALKS, EventType.VISIT,
            EventType.SUMMIT);
    private static final Pattern VIDEO = Pattern.compile("视频|视讯|线上|远程");
    /** Visit triggers that name a visit only with a country as their object (or before 之行: 中国之行). */
    private static final Pattern PLACE_NEEDED = Pattern.compile("抵达|拜访|之行|前往|赴");
    private static final String CLAUSE_END = "。，；！？,;!?";
    private static final Pattern VISIT_OBJECT = Pattern.compile("\\A[^，。；]{0,3}$");

    private final List<Trigger> triggers;
    private final TopicDetector topics;
    private final ActorSelector actorSelector;
    private final Lexicon lexicon;

    public EventExtractor(Lexicon lexicon) {
        this.triggers = Trigger.load();
        this.topics = new TopicDetector(lexicon);
        this.actorSelector = new ActorSelector(lexicon);
        this.lexicon = lexicon;
    }

    /** Extracts the events of one article. */
    public Extraction extract(AnalyzedText text) {
        Article article = text.article();
        if ("en".equals(article.language())) {
            return new Extraction(List.of(), Optional.of("English-language text: only Chinese articles are extracted"));
        }
        LocalDate reference = EventDating.datelineDay(text, ZonedDateTime.ofInstant(article.published(),
                article.outlet().timeZone()).toLocalDate());
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> reactedTo = new ArrayList<>();
        Set<Integer> unofficial = new HashSet<>();
        Map<Integer, List<TriggerMatch>> triggersBySentence = new HashMap<>();
        ListedMembers members = ListedMembers.of(text, lexicon);
        SpeakingMembers speakers = SpeakingMembers.of(text);
        Sentence previous = null;
        for (Sentence sentence : text.sentences()) {
            Optional<Sentence> before = Optional.ofNullable(previous)
                    .filter(p -> p.paragraph() == sentence.paragraph() && sentence.paragraph() >= 0);
            if (accompanied(sentence, candidates)) {
                continue;
            }
            AttendingOfficials.join(sentence, candidates);
            MultilateralContact.joinReportedSummit(sentence, candidates);
            SummitAttendees.join(sentence, GatheringAsDeadline.spokenOf(candidates));
            MultilateralContact.joinReportedStatement(sentence, candidates);
            List<TriggerMatch> sentenceTriggers = triggersIn(sentence.text());
            triggersBySentence.put(sentence.index(), sentenceTriggers);
            Optional<Sentence> last = Optional.ofNullable(previous);
            for (TriggerMatch match : sentenceTriggers) {
                // A banned, unofficial, wished or proposed contact is no event, and what its sentence tells
                // is not the topic of the contact before it.
                if (UnofficialContact.reportsNone(sentence, match) || UnreportedAct.named(sentence.text(), match)
                        || ProposalTitle.names(sentence.text(), match)
                        || InvitationNotReceived.named(sentence.text(), match)
                        || AnyoneCondemned.condemnedOutsideContact(sentence.text(), match, candidates)
                        || GreetingToGathering.addressed(sentence, match)
                        || GreetingToGathering.quoted(sentence, match, triggersBySentence)
                        || VisitAsTimeFrame.namedAgain(sentence.text(), match, sentenceTriggers)
                        || TenureSummary.sumsUp(sentence.text(), match)) {
                    unofficial.add(sentence.index());
                    continue;
                }
                if (UnilateralSanctions.condemned(sentence.text(), match)
                        || EventReferredBack.namedAgain(sentence.text(), match, candidates, reference)
                        || ReportedContactContent.named(sentence.text(), match, candidates)) {
                    continue;
                }
                if (ProtestedContact.named(sentence.text(), match)) {
                    // What follows speaks of the contact, reported elsewhere, not of the protest at it.
                    unofficial.add(sentence.index() + 1);
                    continue;
                }
                // An act a protest answers waits until the article is read: it is an event only if not reported otherwise.
                List<Candidate> found = MeasureReactedTo.framed(sentence.text(), match, sentenceTriggers)
                        ? reactedTo : candidates;
                candidate(text.text(), sentence, before, last, match, sentenceTriggers, reference, candidates, members,
                        speakers)
                        .map(c -> DatedRemark.dated(c, text, sentence, reference))
                        .ifPresent(c -> {
                            PronounSubject.addTo(c, sentence, last);
                            LeaderPair.resolve(c, text, sentence, match, lexicon);
                            CountedCountries.addTo(c, sentence, last, match);
                            CountedMembers.nameFromNext(c, text, sentence);
                            Spokespersons.keepToVoicedActs(c);
                            ContactPreparedFor.dropPersonsPrepared(c, sentence);
                            for (Candidate part : CarriedDay.forNamedSides(MultilateralContact.retypeJointCalls(
                                    ContactSplitter.split(c, text.text(), sentence, match), sentence, match), text, sentence)) {
                                found.addAll(CountedEncounters.split(SeveralDemarches.split(
                                        ListedDates.split(part, text.text(), sentence, reference), sentence), sentence, match));
                            }
                        });
            }
            MultilateralContact.oneGatheringPerSentence(candidates, sentence);
            ReasonForSanction.dropProtestsGivenAsReason(candidates, sentence, sentenceTriggers);
            SanctionedPersons.join(sentence, previous, candidates);
            SanctionExplained.join(sentence, candidates);
            SummonedEnvoyNamed.join(sentence, previous, candidates);
            previous = sentence;
        }
        MeasureReactedTo.keepUnreported(reactedTo, candidates);
        attachTopics(text, candidates, reference, unofficial, triggersBySentence);
        speakers.addTopics(candidates, topics);
        ReactionToSanction.fillIn(candidates);
        ProtestOnSameMatter.fillIn(candidates);
        ContestedSea.fillIn(candidates, topics);
        CongratulatoryMessage.fillIn(candidates);
        StateVisit.fillIn(candidates);
        NorthKoreaWithUnitedStates.fillIn(candidates);
        HeadlineTopics.fillIn(text, candidates, topics, this::triggersIn);
        RelationsOfTwo.keepToPairs(candidates);
        List<DiplomaticEvent> events = Spokespersons.withVoices(text, EventMerger.merge(candidates, reference));
        return new Extraction(CountryOfOtherSide.fillIn(withStatedOffices(text, events)), Optional.empty());
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
                .filter(x -> x.trigger().type() == EventType.INVITATION && !AcceptedInvitation.accepted(sentence, x))
                .findFirst();
        invitation.ifPresent(inv -> matches.removeIf(x -> x.trigger().type() == EventType.VISIT && x.start() > inv.start()));
        return matches;
    }

    /**
     * @param previous the sentence before, in the same paragraph; {@code last} the one before in any paragraph
     * @param sentenceTriggers all triggers of the sentence, {@code match} among them
     */
    private Optional<Candidate> candidate(String text, Sentence sentence, Optional<Sentence> previous,
                                          Optional<Sentence> last, TriggerMatch match,
                                          List<TriggerMatch> sentenceTriggers, LocalDate reference,
                                          List<Candidate> before, ListedMembers members, SpeakingMembers speakers) {
        String s = sentence.text();
        EventType type = HarmfulContact.protested(s, match) ? EventType.PROTEST : match.trigger().type();
        String clauseBefore = s.substring(Clauses.start(s, match.start()), match.start());
        String clause = clauseBefore + s.substring(match.start(), Clauses.end(s, match.end()));
        boolean hopedForTalks = ScheduledTalksHopedFor.named(s, match);
        if (NEGATION.matcher(NegationInName.textBefore(sentence, match.start())).find()
                || attributive(sentence, match) && type != EventType.PROTEST && !DatedSigningNamed.named(s, match)
                || SPECULATION.matcher(WishToInvite.withoutWish(type, clauseBefore)).find() && !PlannedTrip.named(s, match)
                && !HeldGathering.named(s, match, clauseBefore) && !ContactToFollow.named(s, match)
                && !hopedForTalks
                || COMMENTATOR.matcher(s.substring(0, match.start())).find()
                || type == EventType.SUMMIT && !SUMMIT_HELD.matcher(clause).find() && !HostCity.namesHeld(clauseBefore)
                && !GatheringInPassing.named(s, match, clauseBefore)
                || type == EventType.SUMMIT && (MultilateralContact.namesReception(s, match)
                || MultilateralContact.namedAsMatter(s, match, clauseBefore))
                || ReferencePoint.frames(s, match) || EndedEncounter.framesNews(s, match)
                || NegotiatedDocument.describes(s, match) || WishedSuccess.wished(s, match)
                || PurposeClause.wishedFor(s, match) || RuledOutContact.named(clauseBefore)
                || OwnMissionStaff.met(clauseBefore)) {
            return Optional.empty();
        }
        if (background(s, match, clauseBefore) && EventDating.undatedClause(text, sentence, match, reference)
                && !hopedForTalks
                || ONCE.matcher(clauseBefore).find() && EventDating.undatedSentence(text, sentence, reference)) {
            return Optional.empty();
        }
        if (type == EventType.STATEMENT && (PRESS_CONFERENCE.matcher(clauseBefore).find()
                || DEMONSTRATIVE.matcher(s.substring(match.start(), match.end())).find())) {
            return Optional.empty();
        }
        if (type == EventType.PROTEST && CRITICISM.matcher(s.substring(match.start(), match.end())).matches()
                && !officialVoice(sentence, Clauses.start(s, match.start()), clauseBefore)) {
            return Optional.empty();
        }
        if (InContactFrame.closes(sentence, match)
                && clauseBefore.contains("在") && before.stream().anyMatch(c -> c.type() == match.trigger().type()
                || c.type().conversation() && match.trigger().type().conversation())
                && !OwnDatedContact.apart(text, sentence, match, reference, before)
                && !MessageSender.fromOtherSide(sentence, match, before) && !hopedForTalks) {
            // "沙利文在通话中表明…" speaks of the call already reported, and names what was discussed;
            // "习近平在会谈中…" after a call (电话会谈) speaks of that call.
            return Optional.empty();
        }
        if (namedInPassing(s, match) || StatementSubject.continuesReported(s, match)
                || AnnouncingStatement.announcesAnother(s, match, sentenceTriggers)
                || CitedJointStatement.cited(sentence, match) || DemarcheMeeting.protestLodged(s, match)
                || NonStateTarget.condemned(s, match) || PassedBill.provides(s, match) || JudgedMeasure.named(s, match)
                || UnnamedHost.protested(sentence, match) || CondemningRemark.unvoiced(s, match, sentenceTriggers)
                || HarmfulContact.judged(s, match) && !FirstPersonVisitor.ownVisit(s, match)
                || AnyoneCondemned.condemned(s, match)) {
            return Optional.empty();
        }
        if (type == EventType.SANCTION
                && (PROTESTED_AGAINST.matcher(s.substring(match.end(), Clauses.end(s, match.end()))).find()
                || THREATENED.matcher(s.substring(0, match.start())).find())) {
            return Optional.empty();
        }
        // "出席…峰会期间会见…", "G7外长会议开幕前，茂木与布林肯将先举行双边会谈": the summit was attended by
        // those named before it; who met there is the other contact's, not a participant of the summit.
        boolean sideline = type == EventType.SUMMIT && DURING.matcher(s.substring(match.end())).find()
                && triggersIn(s.substring(match.end())).stream()
                .anyMatch(t -> t.trigger().type().conversation());
        EventStatus status = CANCELLED.matcher(clauseBefore).find() ? EventStatus.CANCELLED
                : EventDating.PLANNED.matcher(DisposalMarker.withoutDisposal(clauseBefore, s, match)).find()
                || PlannedTrip.named(s, match)
                || HeldGathering.ahead(s, match, clauseBefore) || ChainedPlan.continues(s, match)
                || ArrangedContact.named(clauseBefore) || ContactToBeHeld.named(s, match)
                ? EventStatus.PLANNED
                : EventStatus.OCCURRED;
        if (type == EventType.INVITATION) {
            // The invitation itself happened; what it invites to is planned.
            status = EventStatus.OCCURRED;
        }
        Actors actors = actorSelector.select(text, sentence, sentence.start() + match.start(),
                sentence.start() + match.end());
        PairSubject.restrict(actors, text, sentence, sentence.start() + match.start());
        StatePairSubject.restrict(actors, sentence, match);
        if (hopedForTalks) {
            ScheduledTalksHopedFor.keepToContactBefore(actors, sentence, match, before);
        }
        if (JointProtesters.only(actors, type, text, sentence, match)) {
            return Optional.empty();
        }
        ReactingVoice.dropFrom(actors, type, sentence, match);
        OrderingOfficial.dropFrom(actors, sentence, match);
        StaffEmployer.dropFrom(actors, text, sentence);
        GroupNamingMembers.dropFrom(actors, type, sentence);
        if (type != EventType.SUMMIT) {
            sentence.mentions().stream().filter(m -> m.kind() == Mention.Kind.ORGANIZATION
                            && m.start() < sentence.start() + match.start()
                            && AT_GATHERING.matcher(text).region(m.end(), text.length()).lookingAt())
                    .forEach(m -> actors.organizations().remove(m.key()));
        }
        if (sideline) {
            keepNamedBefore(actors, sentence, sentence.start() + match.end());
        }
        Optional<String> convener = convener(sentence, match);
        if (type == EventType.SUMMIT) {
            convener.ifPresent(actors.organizations()::add);
            OrganizationAssembly.addTo(actors, type, s, match);
            MultilateralContact.addHost(actors, text, sentence, match);
            HostCity.addTo(actors, sentence, match);
            GatheringInPassing.addMembers(actors, s, match, clauseBefore, convener, before);
            Set<String> named = namedSides(sentence, match);
            if (named.size() >= 2) {
                // "在新加坡举行了历史性的朝美首脑会议": the pair before the trigger names all the sides.
                actors.countries().retainAll(named);
                actors.countries().addAll(named);
                actors.persons().values().removeIf(p -> p.country().map(c -> !named.contains(c)).orElse(false));
            }
            Optional<Candidate> reported = before.stream().filter(c -> c.type() == EventType.SUMMIT)
                    .reduce((first, second) -> second);
            if (reported.isPresent() && SAME_GATHERING.matcher(clauseBefore).find()) {
                // "美国总统特朗普通过视频参加了峰会": who else took part in the summit just reported.
                reported.get().actors().addAll(actors);
                return Optional.empty();
            }
        }
        Optional<String> place = VisitPlace.host(text, sentence, match, sentenceTriggers);
        Optional<String> host = match.trigger().host().or(() -> place).or(() -> visitHost(text, sentence, match))
                .or(() -> FirstStop.host(sentence, match))
                .or(() -> GovernmentSeat.host(lexicon, sentence, match));
        if (type == EventType.VISIT && host.isEmpty()
                && PLACE_NEEDED.matcher(s.substring(match.start(), match.end())).matches()) {
            // Arriving somewhere or calling on someone is a visit only when the place is a country
            // (抵达首尔, 拜访斯里兰卡; not 抵达会场, 拜访习近平).
            return Optional.empty();
        }
        if (type == EventType.VISIT && OfficialJourney.noVisit(sentence, match, actors)) {
            return Optional.empty();
        }
        host.ifPresent(actors.countries()::add);
        host.ifPresent(h -> VisitPlace.keepOwnClause(actors, text, sentence, match, h));
        host.ifPresent(h -> FinishedVisit.keepVisitor(actors, text, sentence, match, h, sentenceTriggers));
        if (type == EventType.PROTEST || type == EventType.STATEMENT) {
            if (!ProtestTarget.namesIssuer(actors, sentence, sentence.start() + match.end())
                    && !BOTH_SIDES.matcher(s.substring(0, match.end())).find()
                    && !JointStatementAfterContact.afterContact(s, match)) {
                return Optional.empty();
            }
            if (type == EventType.PROTEST) {
                ProtestTarget.dropThoseProtestedAbout(actors, text, sentence, sentence.start() + match.end());
            }
            ProtestTarget.addTo(actors, text, sentence, sentence.start() + match.start());
            ReportedWordsSubject.addTo(actors, type, sentence, match);
            if (type == EventType.STATEMENT) {
                StatementSubject.addTo(actors, sentence, match);
            }
        }
        UnofficialContact.withoutCompanies(actors, text, sentence, match);
        RepeatedTrigger.narrow(actors, sentence, match, sentenceTriggers);
        OtherContactsPersons.dropFrom(actors, sentence, match, sentenceTriggers);
        TenureMark.dropFrom(actors, sentence);
        ListedGatherings.narrow(actors, sentence, match, sentenceTriggers);
        CounterpartCountry.addTo(actors, type, text, sentence, match, before);
        ActRepeatedAfterFrame.addTo(actors, type, sentence, match, sentenceTriggers);
        members.addTo(actors, sentence, match);
        speakers.addTo(actors, type, sentence, match);
        CounterpartsListedAfter.addTo(actors, sentence, match);
        GuestAtGathering.dropFrom(actors, sentence, match);
        FivePermanentMembers.addTo(actors, type, sentence, match);
        FiveEyesMembers.addTo(actors, sentence, match);
        RotatingChair.addTo(actors, type, sentence, match);
        PronounSubject.supplySide(actors, sentence, last, sentence.start() + match.start());
        FramingContactSubject.supplySide(actors, type, sentence, match, last);
        FirstPersonVisitor.supplySide(actors, sentence, match, before);
        PluralPronounSubject.supplySides(actors, sentence, last, sentence.start() + match.start());
        GovernmentReferredBack.supplySide(actors, text, sentence, last);
        AddressedCounterpart.supplySide(actors, sentence, match, before);
        MatterReferredBack.addTo(actors, type, clauseBefore, s.substring(match.end()), sentence.index(), before);
        if (actors.size() < 2) {
            PairNamedBefore.addTo(actors, sentence, match);
            PairOpeningChain.addTo(actors, sentence, match);
        }
        if (actors.size() < 2 && BOTH_SIDES.matcher(s).find() && !before.isEmpty()
                && !GatheringAsDeadline.named(s, match)) {
            // "双方/两国" refers back to the pair of the previous event.
            actors.addAll(before.get(before.size() - 1).actors());
        }
        if (actors.size() < 2 && JointStatementAfterContact.afterContact(s, match)) {
            JointStatementAfterContact.contact(before).ifPresent(c -> actors.addAll(c.actors()));
        }
        WarnedState.addTo(actors, type, sentence, match);
        if (PassiveInvitation.passive(s, match) && !PassiveInvitation.hostInvites(actors, text, sentence, match)) {
            InvitedToReportedGathering.joinedToRound(sentence, match, before);
            return Optional.empty();
        }
        type = OrganizationSummit.typed(type, actors, convener, clause, sentence, match);
        type = byNumberOfSides(type, actors, clause, MultilateralContact.sidesNamedInClause(actors, sentence, match));
        type = QuotedGathering.typed(type, match, s);
        if (actors.size() < 2 && !OrganizationCouncil.meets(type, actors, sentence, match)
                && !OrganizationAssembly.heldAlone(type, actors, s, match)) {
            // A contact needs two sides; a summit whose members the sentence does not name is no record.
            Supplier<Optional<DateMention>> dateOfAct = () -> EventDating.eventDate(text, sentence, previous,
                    match, sentenceTriggers, reference, false);
            SanctionAnnouncement.joinSanction(type, actors, dateOfAct, before);
            ProtestLodgedBefore.redate(type, actors, sentence, dateOfAct, before);
            return Optional.empty();
        }
        Optional<DateMention> date = EventDating.eventDate(text, sentence, previous, match, sentenceTriggers, reference,
                status == EventStatus.PLANNED);
        if (date.isEmpty()) {
            date = StayDating.visitDate(sentence, match, actors, status, before);
        }
        date = FirstPersonVisitor.dated(date, s, match, actors, before);
        if (AnnouncedItinerary.named(s, match)) {
            date = Optional.empty();
        }
        if (type == EventType.INVITATION) {
            // Other dates in the sentence are those of what the invitation is to; it was made on the
            // day its clause or the occasion framing it gives, of the contact it was part of, or of the report.
            date = EventDating.invitationDate(text, sentence, match, reference);
        }
        double confidence = 0.5 + (actors.persons().values().stream().anyMatch(p -> p.position().isPresent()) ? 0.2 : 0)
                + (date.isPresent() ? 0.2 : 0) + (sentence.paragraph() <= 0 ? 0.1 : 0);
        Evidence evidence = new Evidence(s, sentence.start(), sentence.end(), Math.min(1.0, confidence));
        return Optional.of(new Candidate(type, sentence.index(), sentence.paragraph(), actors, date, status, host,
                evidence, new ArrayList<>(), issuer(type, actors, text, sentence, sentence.start() + match.start(),
                sentence.start() + match.end())));
    }

    /** Who protests or imposes, or whose mission is closed: what tells two such acts between the same sides apart. */
    private static Optional<String> issuer(EventType type, Actors actors, String text, Sentence sentence,
                                           int triggerStart, int triggerEnd) {
        return switch (type) {
            case PROTEST -> ProtestingVoice.side(actors, text, sentence, triggerStart)
                    .or(() -> ProtestTarget.issuer(actors, text, sentence, triggerStart));
            case SANCTION -> ImposingSide.of(actors, text, sentence, triggerStart);
            case EXPULSION -> ExpelledSide.of(actors, text, sentence, triggerStart, triggerEnd);
            case MESSAGE -> MessageSender.of(sentence, triggerStart);
            default -> Optional.empty();
        };
    }

    /** The countries a pair compound right before a summit trigger names (朝美首脑会议, 中日韩领导人会议). */
    private static Set<String> namedSides(Sentence sentence, TriggerMatch match) {
        Set<String> sides = new LinkedHashSet<>();
        int end = sentence.start() + match.start();
        List<Mention> mentions = sentence.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() >= end) {
                continue;
            }
            if (m.kind() != Mention.Kind.COUNTRY || m.form() != Mention.Form.ABBREVIATION
                    || !GATHERING_NAME.matcher(sentence.text().substring(m.end() - sentence.start(), end - sentence.start()))
                    .matches()) {
                break;
            }
            sides.add(m.key());
            end = m.start();
        }
        return sides;
    }

    /**
     * The organisation whose gathering a summit trigger names (二十国集团领导人第十九次峰会, 七大工业国集团（G7）
     * 外长会议): it takes part even where the name reads as the place (在…峰会上).
     */
    private Optional<String> convener(Sentence sentence, TriggerMatch match) {
        int triggerAt = sentence.start() + match.start();
        return sentence.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.ORGANIZATION && m.end() <= triggerAt
                        && GATHERING_NAME.matcher(sentence.text().substring(m.end() - sentence.start(), match.start()))
                        .matches()
                        && lexicon.organization(m.key()).map(o -> o.kind() == Organization.Kind.INTERGOVERNMENTAL)
                        .orElse(false))
                .map(Mention::key).reduce((first, second) -> second);
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
        Set<EventType> joined = m.group(2) == null ? ACCOMPANIED : m.group(2).equals("会谈") ? Set.of(EventType.TALKS)
                : Set.of(EventType.MEETING);
        Optional<Candidate> latest = before.stream().filter(c -> joined.contains(c.type()))
                .reduce((first, second) -> second);
        if (latest.isEmpty()) {
            return false;
        }
        Candidate contact = latest.get();
        List<Participant> attendees = ListedAttendees.of(sentence, m.end(1), contact);
        if (attendees.isEmpty()) {
            // Only an office stated right before the name is what they took part as (中央办公厅主任蔡奇).
            attendees = sentence.mentions().stream().filter(p -> p.kind() == Mention.Kind.PERSON)
                    .map(p -> new Participant(p.key(), sentence.mentions().stream()
                            .anyMatch(t -> t.kind() == Mention.Kind.POSITION && t.end() == p.start())
                            ? p.position() : Optional.empty(), p.country())).toList();
        }
        attendees.stream().filter(p -> p.country().map(contact.actors().countries()::contains).orElse(false))
                .forEach(p -> contact.actors().persons().putIfAbsent(p.name(), p));
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
     * Summits are multilateral: two sides meeting at the top are a Meeting, or a PhoneCall by video
     * link, unless the text says more attend than it names (数十国领导人参加); a call or video meeting
     * of three or more sides together, all named in its clause, is a Summit. A meeting or talks held by
     * video (通过视频方式会见, 视频会谈) are a call between two sides.
     */
    private static EventType byNumberOfSides(EventType type, Actors actors, String clause, boolean sidesInClause) {
        boolean remote = VIDEO.matcher(clause).find();
        boolean severalTogether = actors.size() > 2 && sidesInClause;
        if (type == EventType.SUMMIT && actors.countries().size() == 2 && actors.organizations().isEmpty()
                && !MultilateralContact.namesManySides(clause)) {
            return remote ? EventType.PHONE_CALL : EventType.MEETING;
        }
        if ((type == EventType.MEETING || type == EventType.TALKS) && remote) {
            return severalTogether ? EventType.SUMMIT : EventType.PHONE_CALL;
        }
        if (type == EventType.PHONE_CALL && remote && severalTogether) {
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
        if (match.end() + 1 == s.length() || CLAUSE_END.indexOf(s.charAt(match.end() + 1)) >= 0) {
            // "是在…期间与苏杰生会见的。": the 是…的 construction states the event, it modifies nothing.
            return false;
        }
        if (FirstStop.host(sentence, match).isPresent()) {
            // "出访的第一站为沙乌地阿拉伯": the stop named after it is the country visited.
            return false;
        }
        if (ContactSplitter.LISTED_AFTER.matcher(s.substring(match.end())).lookingAt()) {
            // "发出当选贺电的大国仅有中国、俄罗斯和土耳其": who did it is listed after.
            return false;
        }
        int next = sentence.start() + match.end() + 1;
        return sentence.mentions().stream().noneMatch(m -> m.start() == next && m.kind() != Mention.Kind.NEWS_AGENCY);
    }

    /** A measure or a document named in passing, as a noun or a title: the sentence speaks of something else. */
    private static boolean namedInPassing(String s, TriggerMatch match) {
        return switch (match.trigger().type()) {
            case SANCTION -> NAMED_MEASURE.matcher(s.substring(match.start(), match.end())).find()
                    || DISPUTED_MEASURE.matcher(s.substring(match.start(), match.end())).find();
            case STATEMENT -> s.startsWith("》", match.end())
                    && !ISSUED.matcher(s.substring(Clauses.start(s, match.start()), match.end())).find()
                    || StatementAsDocument.named(s, match);
            default -> false;
        };
    }

    /** A trigger naming an event as a point of reference or inside a relative clause. */
    private static boolean background(String s, TriggerMatch match, String clauseBefore) {
        return SINCE.matcher(s.substring(match.end())).find() || LAST_TIME.matcher(clauseBefore).find()
                || LEADING_AFTER.matcher(clauseBefore).find() && Clauses.start(s, match.start()) == 0
                && AFTER_IT.matcher(s.substring(match.end())).find()
                || RELATIVE_CLAUSE.matcher(s.substring(match.start(), match.end())).find();
    }

    /** Drops the actors the sentence names only after {@code end}. */
    private static void keepNamedBefore(Actors actors, Sentence sentence, int end) {
        Set<String> before = new HashSet<>();
        for (Mention m : sentence.mentions()) {
            if (m.start() < end) {
                before.add(m.key());
                m.country().ifPresent(before::add);
            }
        }
        actors.countries().retainAll(before);
        actors.organizations().retainAll(before);
        actors.persons().keySet().retainAll(before);
    }

    /**
     * Whether the clause before a trigger speaks for a state: a spokesperson, ministry or government
     * (外交部发言人汪文斌…驳斥), or the state itself as the subject right before the verb (中国当时批评…),
     * not its officials in general (中国官员尖锐批评) nor what it will or will not do.
     */
    private static boolean officialVoice(Sentence sentence, int clauseStart, String clauseBefore) {
        if (OFFICIAL_VOICE.matcher(clauseBefore).find()) {
            return true;
        }
        int subject = sentence.start() + clauseStart;
        int verb = subject + clauseBefore.length();
        return sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.COUNTRY
                && m.form() != Mention.Form.CAPITAL && m.start() == subject && verb - m.end() <= 2);
    }

    /**
     * For visits: the country named right after the trigger (访问韩国, 抵达首尔), right before 之行 (中国之行),
     * or after 对 before it.
     */
    private static Optional<String> visitHost(String text, Sentence sentence, TriggerMatch match) {
        if (match.trigger().type() != EventType.VISIT) {
            return Optional.empty();
        }
        int triggerEnd = sentence.start() + match.end();
        int triggerStart = sentence.start() + match.start();
        if (text.startsWith("之行", triggerStart)) {
            return sentence.mentions().stream()
                    .filter(m -> m.kind() == Mention.Kind.COUNTRY && m.end() == triggerStart)
                    .map(Mention::key).findFirst();
        }
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

    /**
     * Topics of each sentence go to the event of the latest trigger at or before it, so that what was
     * discussed during a call (reported over the following sentences) is the call's topic; those of an
     * event's own sentence are its topics even where a later trigger of the sentence takes the rest. An
     * event recalled from years back owns only the rest of its paragraph: after it the story goes on.
     */
    private void attachTopics(AnalyzedText text, List<Candidate> candidates, LocalDate reference,
                              Set<Integer> unofficial, Map<Integer, List<TriggerMatch>> triggersBySentence) {
        if (candidates.isEmpty()) {
            return;
        }
        // A sanction is about sanctions whatever words its report uses (签证限制, 冻结资产, 实体清单).
        candidates.stream().filter(c -> c.type() == EventType.SANCTION && !c.topics().contains(SANCTIONS))
                .forEach(c -> c.topics().add(SANCTIONS));
        int section = 0;
        for (Sentence sentence : text.sentences()) {
            if (sentence.paragraph() > 0 && SUBHEADING.matcher(sentence.text()).matches()
                    || LabelledSubheading.heads(sentence)) {
                // A subheading opens a new part of the article: what it tells is no longer the event before.
                section = sentence.index();
            }
            if (unofficial.contains(sentence.index())) {
                // What follows a report of citizens' or ships' visits speaks of those, not of the event before.
                section = sentence.index();
            }
            List<TriggerMatch> sentenceTriggers =
                    triggersBySentence.computeIfAbsent(sentence.index(), i -> triggersIn(sentence.text()));
            Candidate owner = null;
            List<Candidate> open = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c.sentence() <= sentence.index() && c.sentence() >= section
                        && sentence.index() - c.sentence() <= TOPIC_REACH
                        && (c.paragraph() == sentence.paragraph() || !EventDating.recalled(c, reference))
                        && !EarlierContactOfParagraph.left(c, sentence.paragraph(), reference)
                        && !SummitReportEnded.before(c, sentence, text, triggersBySentence)
                        && (c.sentence() == sentence.index() || !AddressedCounterpart.recalledToAddressee(c, reference)
                        && !PhotoCaption.shows(c))) {
                    owner = c;
                    open.add(c);
                }
            }
            owner = EarlierContactSpoken.owner(sentence, owner, open);
            owner = ReportResumed.owner(text.sentences(), sentence, owner, open);
            owner = UndatedActInPassing.owner(text.sentences(), sentence, owner, open);
            owner = PlannedContactSpoken.owner(sentence, owner, open);
            owner = WhatWillBeDiscussed.owner(sentence, owner, open);
            owner = GatheringInPassing.owner(sentence, owner, open);
            owner = FirstPersonVisitor.topicOwner(sentence, owner, open);
            if (owner != null && ContactAsBackdrop.names(owner, sentence.text(), sentenceTriggers)) {
                // A contact named only as the moment of something else (访华之际，…): the rest is its backdrop.
                continue;
            }
            if (owner == null || owner.sentence() != sentence.index()
                    && (owner.status() == EventStatus.PLANNED && !PlannedContactSpoken.tellsPlan(owner, sentence)
                    || COMMENTATOR.matcher(sentence.text()).find()
                    || sentenceTriggers.stream().anyMatch(m -> namedInPassing(sentence.text(), m))
                    || !ReportGoesOn.speaksOf(owner, sentence)
                    || InterviewRemark.toldOutside(owner, sentence)
                    || ActAfterSummit.tellsAnother(owner, sentenceTriggers) && !SummitCommunique.tellsOf(owner, sentence)
                    || VisitAsJourney.outsideTrip(owner, sentence)
                    || StoryGoesBack.opensEarlier(owner, sentence))) {
                // What a sentence about a measure or document named in passing discusses is not the contact's,
                // nor what a commentator makes of it, nor the background the story goes on to, nor another act
                // told after a summit.
                continue;
            }
            // The contacts one report was split into (分别同…通话) share what was discussed, and so do the
            // acts of one sentence (坚决反对美国对台军售，决定对…实施制裁).
            Evidence report = owner.evidence();
            for (Candidate part : CounterpartGoesOn.spokenOf(candidates.stream().filter(c -> c.evidence() == report
                    || c.sentence() == sentence.index()).toList(), sentence,
                    sentence.index() > 0 ? text.sentences().get(sentence.index() - 1) : null)) {
                if (VisitBeforeNextAct.named(part, triggersBySentence.get(part.sentence()))) {
                    continue;
                }
                for (String topic : topics.detect(ListedGatherings.ownItem(part, sentence,
                        ReactingVoice.withoutOthersReaction(part, sentence)))) {
                    if (!part.topics().contains(topic)) {
                        part.topics().add(topic);
                    }
                }
            }
        }
    }
}
