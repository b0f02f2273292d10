package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.nlp.AnalyzedText;
import org.diplograph.nlp.Sentence;

/**
 * When the events of an article happened: the report day (the dateline's or the publication's) and
 * the day each trigger's context states, by {@link DateResolver}. Stateless and thread-safe.
 */
final class EventDating {

    /** Words that put an event ahead of the report (将, 计划, 下周); not 拟议 (拟议中的条约: a proposed document). */
    static final Pattern PLANNED = Pattern.compile("(将|将于|拟(?!议)|计划|即将|准备|预计|有望|打算|定于|原定|下周|下月|明天|明日)");
    /**
     * Words for "recently" (近日, 日前, 刚刚) that stand for a day the text does not give; not the 日前 of
     * "6日前" or "节日前" (before the 6th, before the holiday).
     */
    private static final Pattern RECENTLY = Pattern.compile("近日|(?<![\\d节生假周期])日前|近期|最近|刚刚|不久前|前不久");
    private static final Pattern BRACKETED = Pattern.compile("\\s*[（(]\\s*([^（(）)]{2,20}?)\\s*[）)]");
    /**
     * A clause that frames the next one as its occasion (会谈时, 访问期间) or as what was said then
     * (日本政府去年曾表示，有意邀请…): an invitation said is made when it is said.
     */
    private static final Pattern OCCASION_FRAME = Pattern.compile("(?:时|时候|期间|之际|间隙|表示|宣布|透露)$");
    /**
     * A clause joined to the one before with the same subject: "，并将扩大邀请", "，同时邀请"; not one told
     * as already done (，并已向…提出邀请), which keeps no date of what the clause before announces.
     */
    private static final Pattern COORDINATED = Pattern.compile("\\A(?:并且?|同时)(?!已)");
    private static final Pattern NEXT_DAY = Pattern.compile("次日|第二天|翌日");
    /** "That day" (当天, 同一天, 同日; not the 同 of 同日方 or 同日本): the day stated last before. */
    private static final Pattern SAME_DAY = Pattern.compile("当天|当日|同一天|同日(?![方本韩美])");
    /** How far before the sentence 当天 still looks for the day it means: about the sentence before. */
    private static final int SAME_DAY_REACH = 160;
    /** How far back the day of the previous sentence may lie to carry over to the news of the next. */
    private static final int RECENT_DAYS = 31;
    private static final Pattern SINCE_OPENER = Pattern.compile("[自从]");
    /** Datelines of wire copy and correspondents (（中央社记者…19日电）, 路透北京7月6日 -, 【大纪元…讯】). */
    private static final Pattern DATELINE = Pattern.compile(
            "（[^）]{0,30}?\\d{1,2}日(?:专)?电）|路透\\S{0,8}?\\d{1,2}月\\d{1,2}日\\s*-|【大纪元\\d{4}年\\d{1,2}月\\d{1,2}日讯】"
                    + "|(?:新华社|中新社|央视网消息)\\S{0,10}?\\d{1,2}月\\d{1,2}日电");

    private EventDating() {
    }

    /**
     * The day of the article's dateline when it has one (（法新社华盛顿8日电）…今天 means the 8th,
     * whatever day the mirror published it), else the publication day.
     */
    static LocalDate datelineDay(AnalyzedText text, LocalDate published) {
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

    /** Whether a candidate is dated more than a year before the report: history the article recalls. */
    static boolean recalled(Candidate candidate, LocalDate reference) {
        return candidate.date().map(d -> d.lastDay().isBefore(reference.minusYears(1)))
                .orElse(false);
    }

    /** Whether the trigger's clause dates nothing (a reference point like 2018年5月以来 is no date). */
    static boolean undatedClause(String text, Sentence sentence, TriggerMatch match, LocalDate reference) {
        int from = sentence.start() + Clauses.start(sentence.text(), match.start());
        int to = sentence.start() + Clauses.end(sentence.text(), match.end());
        return DateResolver.find(text, from, to, reference, false).stream().allMatch(DateMention::dateline);
    }

    /** Whether the sentence dates nothing: "1943年，…曾和英国政府签订协定" is dated by its leading clause. */
    static boolean undatedSentence(String text, Sentence sentence, LocalDate reference) {
        return DateResolver.find(text, sentence.start(), sentence.end(), reference, false).stream()
                .allMatch(DateMention::dateline);
    }

    /**
     * The day an invitation was made: what its clause, or the occasion framing it, states before it; other
     * dates of the sentence are those of what it invites to.
     */
    static Optional<DateMention> invitationDate(String text, Sentence sentence, TriggerMatch match, LocalDate reference) {
        String s = sentence.text();
        int clause = Clauses.start(s, match.start());
        if (clause > 0 && COORDINATED.matcher(s.substring(clause, match.start())).find()) {
            // "特朗普于5月宣布将推迟G7峰会至9月以后，并将扩大邀请…": the act shares the subject's day, stated
            // first in the clause before; later dates there are those of what it announces.
            Optional<DateMention> subjects = DateResolver.find(text, sentence.start() + Clauses.start(s, clause - 1),
                    sentence.start() + clause - 1, reference, false).stream().filter(d -> !d.dateline()).findFirst();
            if (subjects.isPresent()) {
                return subjects;
            }
        }
        return DateResolver.find(text, sentence.start() + occasionStart(s, match.start()),
                sentence.start() + match.start(), reference, false).stream()
                .filter(d -> !d.dateline()).reduce((first, second) -> second);
    }

    /**
     * Where the occasion of a trigger begins: its clause, or the clause before when that one frames it
     * ("王毅11月与茂木敏充会谈时，曾邀请茂木敏充访华": invited during the talks, in November).
     */
    private static int occasionStart(String s, int triggerAt) {
        int clause = Clauses.start(s, triggerAt);
        return clause > 0 && OCCASION_FRAME.matcher(s.substring(0, clause - 1)).find()
                ? Clauses.start(s, clause - 1) : clause;
    }

    /**
     * The date closest before the trigger in its clause, else the first one after it in the clause, else
     * the closest before or first after in the sentence; else a bracketed date right after the sentence
     * or the recent day of the previous one in the paragraph. Datelines never; 次日 counts from the day
     * stated before it; 近日, 日前 and the like give no day.
     */
    static Optional<DateMention> eventDate(String text, Sentence sentence, Optional<Sentence> previous,
                                                   TriggerMatch match,
                                                   List<TriggerMatch> sentenceTriggers, LocalDate reference,
                                                   boolean planned) {
        int triggerAt = sentence.start() + match.start();
        // The trigger's own clause first: in "蓬佩奥星期三说，他在下星期访问英国" the visit is next week.
        int clauseFrom = sentence.start() + Clauses.start(sentence.text(), match.start());
        int clauseTo = sentence.start() + Clauses.end(sentence.text(), match.end());
        // The trigger's clause speaks of the future when the event is planned, another clause when it
        // says so itself: "周二表示，将…制裁" was said last Tuesday, "将于周五会面，举行视频会议" is to come.
        List<DateMention> dates = new ArrayList<>();
        String s = sentence.text();
        for (int from = 0; from < s.length(); from = Clauses.end(s, from) + 1) {
            int to = Clauses.end(s, from);
            boolean future = from == clauseFrom - sentence.start() ? planned
                    : PLANNED.matcher(s.substring(from, to)).find();
            dates.addAll(DateResolver.find(text, sentence.start() + from, sentence.start() + to, reference, future));
        }
        dates.removeIf(DateMention::dateline);
        dates.removeIf(d -> SpokenDay.inReportedWords(text, sentence, d));
        // Years in titles (《2022年国别人权报告》, a treaty's name) date documents, not the event.
        dates.removeIf(d -> insideTitle(text, sentence.start(), d.start()));
        dates.removeIf(d -> sinceFrameWithout(text, sentence, d, triggerAt));
        dates.removeIf(d -> AttributiveDate.describesActor(sentence, d, triggerAt));
        List<DateMention> stated = List.copyOf(dates);
        dates.replaceAll(d -> BareDayBeforeDate.moved(text, d, stated));
        Optional<DateMention> nextDay = dayAfter(text, sentence, previous, dates, triggerAt, reference);
        if (nextDay.isPresent()) {
            return nextDay;
        }
        int vagueAt = lastStart(RECENTLY, text, sentence.start(), triggerAt);
        if (vagueAt >= 0 && dates.stream().noneMatch(d -> d.start() > vagueAt && d.start() < triggerAt)) {
            // "近日，布林肯访问了日本": the text gives no day; another date of the sentence is another event's.
            return Optional.empty();
        }
        Optional<DateMention> inClause = dates.stream().filter(d -> d.start() >= clauseFrom && d.start() < triggerAt)
                .reduce((first, second) -> second)
                .or(() -> dates.stream().filter(d -> d.start() >= triggerAt && d.start() < clauseTo).findFirst());
        if (inClause.isPresent()) {
            return inClause;
        }
        dates.removeIf(d -> OngoingAct.datesOtherAct(sentence, match, d, sentenceTriggers));
        dates.removeIf(d -> EarlierEventDate.dates(sentence, d, triggerAt));
        dates.removeIf(d -> AnniversaryDate.dates(text, sentence, d, triggerAt));
        dates.removeIf(d -> ConsequenceClause.datesCause(sentence, d, triggerAt));
        dates.removeIf(d -> OtherSubjectDate.datesOther(sentence, d, triggerAt));
        // A later clause with a trigger of its own tells another event (在1965年两国签署的协定中).
        dates.removeIf(d -> d.start() >= clauseTo && sentenceTriggers.stream().anyMatch(t ->
                sentence.start() + t.start() > clauseTo
                        && Clauses.start(s, t.start()) == Clauses.start(s, d.start() - sentence.start())));
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
        // A day gone by in the sentence before is not that of what is still to come.
        return dateAfter(text, sentence, reference).or(() -> previous.flatMap(p -> dayOf(text, p, reference))
                        .filter(d -> !planned || !d.date().isBefore(reference)))
                .or(() -> sameDay(text, sentence, triggerAt, reference));
    }

    /**
     * "2018年4月27日，金正恩跨越…分界线。跨过“三八线”当天，金正恩与…文在寅…举行峰会": 当天 before a trigger
     * that no date of its own dates is the last day stated before it, even across a paragraph (captions).
     */
    private static Optional<DateMention> sameDay(String text, Sentence sentence, int triggerAt, LocalDate reference) {
        int at = lastStart(SAME_DAY, text, sentence.start(), triggerAt);
        if (at < 0) {
            return Optional.empty();
        }
        Matcher word = SAME_DAY.matcher(text).region(at, triggerAt);
        int end = word.lookingAt() ? word.end() : at;
        return DateResolver.find(text, Math.max(0, sentence.start() - SAME_DAY_REACH), at, reference, false).stream()
                .filter(d -> !d.dateline() && !d.vague() && !insideTitle(text, 0, d.start()))
                .reduce((first, second) -> second)
                .map(d -> new DateMention(at, end, d.date(), d.endDate(), false, false));
    }

    /**
     * The day a sentence states, when it states one: "萨巴格19日访问伊朗。萨巴格表示，他谴责以色列…" tells
     * of the 19th in the next sentence of the paragraph too.
     */
    private static Optional<DateMention> dayOf(String text, Sentence sentence, LocalDate reference) {
        return DateResolver.find(text, sentence.start(), sentence.end(), reference, false).stream()
                .filter(d -> !d.dateline() && !d.vague() && !insideTitle(text, sentence.start(), d.start())
                        && d.date().isAfter(reference.minusDays(RECENT_DAYS)))
                .reduce((first, second) -> second)
                .filter(d -> !NonStateDay.of(sentence, d));
    }

    /**
     * "抵达符拉迪沃斯托克。抵俄第二天，金正恩与普京举行了会晤": 次日 or 第二天 before the trigger is the day
     * after the last one stated before it, in the sentence or the previous one of the paragraph.
     */
    private static Optional<DateMention> dayAfter(String text, Sentence sentence, Optional<Sentence> previous,
                                                  List<DateMention> dates, int triggerAt, LocalDate reference) {
        int nextDayAt = lastStart(NEXT_DAY, text, sentence.start(), triggerAt);
        if (nextDayAt < 0 || dates.stream().anyMatch(d -> d.start() > nextDayAt && d.start() < triggerAt)) {
            return Optional.empty();
        }
        Optional<DateMention> stated = dates.stream().filter(d -> d.start() < nextDayAt && !d.vague())
                .reduce((first, second) -> second)
                .or(() -> previous.flatMap(p -> DateResolver.find(text, p.start(), p.end(), reference, false).stream()
                        .filter(d -> !d.dateline() && !d.vague()).reduce((first, second) -> second)));
        Matcher word = NEXT_DAY.matcher(text).region(nextDayAt, triggerAt);
        int nextDayEnd = word.lookingAt() ? word.end() : nextDayAt;
        return stated.map(d -> new DateMention(nextDayAt, nextDayEnd, d.date().plusDays(1), Optional.empty(),
                false, false));
    }

    /** Where the last match of {@code pattern} in {@code text[from, to)} starts, or −1. */
    private static int lastStart(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** A bracketed date right after the sentence, as photo captions have: "…出席峰会。（2019年12月24日）". */
    private static Optional<DateMention> dateAfter(String text, Sentence sentence, LocalDate reference) {
        Matcher m = BRACKETED.matcher(text).region(sentence.end(), Math.min(text.length(), sentence.end() + 24));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        List<DateMention> dates = DateResolver.find(text, m.start(1), m.end(1), reference, false);
        return dates.size() == 1 && dates.get(0).start() == m.start(1) && dates.get(0).end() == m.end(1)
                ? Optional.of(dates.get(0)) : Optional.empty();
    }

    /**
     * "自1989年丝绒革命以来，层级最高的访台代表团", "26日上任以来": a date that opens a 以来 frame dates only what the
     * frame itself tells (自我10年前首次对俄进行国事访问以来), not the trigger outside it.
     */
    private static boolean sinceFrameWithout(String text, Sentence sentence, DateMention date, int triggerAt) {
        int clauseStart = sentence.start() + Clauses.start(sentence.text(), date.start() - sentence.start());
        int clauseEnd = sentence.start() + Clauses.end(sentence.text(), date.end() - sentence.start());
        int since = text.indexOf("以来", date.end());
        // "26日上任以来，接连与…通话": a clause that 以来 closes is a frame without 自 or 从 too.
        boolean opened = SINCE_OPENER.matcher(text.substring(clauseStart, date.start())).find()
                || since + 2 == clauseEnd;
        return opened && since >= 0 && since < clauseEnd && !(triggerAt >= date.end() && triggerAt < since);
    }

    private static boolean insideTitle(String text, int sentenceStart, int at) {
        int open = text.lastIndexOf('《', at);
        return open >= sentenceStart && text.lastIndexOf('》', at) < open;
    }
}
