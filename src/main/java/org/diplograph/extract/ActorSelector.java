package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Organization;
import org.diplograph.nlp.Mention;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Decides which of a sentence's mentions are actors of an event trigger. Persons with a country,
 * "X方" forms and pair abbreviations (中韩) speak for their governments anywhere in the sentence; a
 * bare country or organisation name counts only in the trigger's own clause or as the subject of
 * the sentence, and never where it is a topic, a place, a medium or part of a title (就朝鲜问题,
 * 据美国媒体, 《中英联合声明》). Thread-safe.
 */
final class ActorSelector {

    private static final String CLAUSE_BREAKS = "，；：,;:";
    /** Words after a country name that make it a topic, place or source rather than an actor. */
    private static final Pattern NOT_ACTOR_AFTER = Pattern.compile(
            "\\A(媒体|报道|报纸|电视|网站|通讯社|官媒|问题|局势|半岛|危机|核|疫情|大选|选举|境内|国内|企业|公司|产品|市场|经济|籍|裔"
                    + "|人民币|股市|球队|队|球员|公民|留学生|游客|民众|网民|舆论|学者|专家|分析人士|时间|海域|水域|边境|领土|国民(?!议会|大会)|人的|人|事务|政策|之声|之音"
                    + "|前任?(?:总统|总理|首相|外长|外交部长|国务卿|领导人|主席|大使|议长))");
    private static final Pattern NOT_ACTOR_BEFORE = Pattern.compile("(据|来自|位于|前往|抵达|在|于|到|赴|经|从|自|驻|除)$");
    /** Words after a country name that make it stand for its government. */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile(
            "\\A(政府|外交部|国防部|外务省|国务院|官方|当局|方面|领导人|官员|驻|军方|代表团|总统府|内阁|议会|国会|商务部|财政部|新政府)");

    /** "特朗普政府", "拜登当局": the government named after its leader acts, not the leader in person. */
    private static final Pattern ADMINISTRATION_AFTER = Pattern.compile("政府|当局|内阁");

    private static final Set<String> DEPENDENT_TERRITORIES = Set.of("HKG", "MAC");
    private static final Pattern COUNTERPART_BEFORE = Pattern.compile("[与向]$");
    /** 德国前总理, 前总统: office holders of the past do not speak for their country. */
    private static final Pattern FORMER = Pattern.compile("前任?$");

    /**
     * A leading clause that sets the scene: a frame word before it or a time word after it. A dateline
     * (（中央社台北10日电）, 路透北京7月6日 - ) may come before the frame word.
     */
    private static final Pattern SETTING = Pattern.compile(
            "\\A(?:[（(][^）)]{0,30}电[）)]|[^，。；]{0,12}?\\d{1,2}日\\s*[-–—]\\s*)?(针对|对于|继|随着|鉴于|由于)"
                    + "|(后|之后|以后|前|之前|以来|之际|期间|时刻|的同时)$");
    private static final Pattern SETTING_GOES_ON = Pattern.compile("\\A(并|且|还|又|今天并|今日并)");

    private static final Pattern GATHERING = Pattern.compile("[）)]?(?:[\\p{IsHan}]{0,4}?)(?:峰会|会议|外长会|首脑会|年会|论坛)");
    private static final Pattern TOPIC_FRAME = Pattern.compile("(?:就|关于)[^向与同跟对]*$");

    private static final Pattern SUBJECT_LIST = Pattern.compile("[和与同及、]$");

    private final Lexicon lexicon;

    ActorSelector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param triggerStart offset of the trigger in the analysed text
     */
    Actors select(String text, Sentence sentence, int triggerStart, int triggerEnd) {
        Actors actors = new Actors();
        int clauseStart = clauseStart(text, sentence.start(), triggerStart);
        int clauseEnd = clauseEnd(text, triggerEnd, sentence.end());
        // "结束出访印度后，蓬佩奥…抵达斯里兰卡": what a leading adverbial clause names is the setting of
        // the main clause's events, not a side of them; the subject is the first clause after it.
        int[] setting = setting(text, sentence);
        boolean outsideSetting = triggerStart >= setting[1];
        int mainStart = outsideSetting ? setting[1] : sentence.start();
        int firstClauseEnd = clauseEnd(text, mainStart, sentence.end());
        String quoted = quotedTitles(text, sentence);
        for (Mention mention : sentence.mentions()) {
            if (quoted.charAt(mention.start() - sentence.start()) == '《'
                    || outsideSetting && mention.start() >= setting[0] && mention.start() < setting[1]
                    || BesidesFrame.sets(sentence, mention)) {
                continue;
            }
            switch (mention.kind()) {
                case PERSON -> {
                    if (!ADMINISTRATION_AFTER.matcher(text.substring(mention.end(),
                            Math.min(text.length(), mention.end() + 2))).lookingAt()) {
                        actors.persons().putIfAbsent(mention.key(),
                                new Participant(mention.key(), mention.position(), mention.country()));
                    }
                    mention.country().ifPresent(actors.countries()::add);
                }
                case POSITION -> {
                    if (!former(text, mention) && !formerOfCountry(text, sentence, mention)) {
                        mention.country().ifPresent(actors.countries()::add);
                        OrganizationOffice.of(mention, lexicon).ifPresent(actors.organizations()::add);
                    }
                }
                case COUNTRY -> {
                    if (country(text, sentence, mention, clauseStart, clauseEnd, firstClauseEnd)) {
                        actors.countries().add(mention.key());
                    }
                }
                case ORGANIZATION -> {
                    boolean intergovernmental = lexicon.organization(mention.key())
                            .map(o -> o.kind() == Organization.Kind.INTERGOVERNMENTAL).orElse(false);
                    // "出席在伦敦举行的G7外长会议，美日两国政府正在磋商…": a gathering of the organisation
                    // is a side only of acts in its own clause.
                    boolean gathering = GATHERING.matcher(text.substring(mention.end(),
                            Math.min(text.length(), mention.end() + 8))).lookingAt();
                    boolean inClause = mention.start() >= clauseStart && mention.start() < clauseEnd;
                    if (intergovernmental && (gathering ? inClause
                            : inScope(mention, clauseStart, clauseEnd, sentence.start(), firstClauseEnd))
                            && actsAsActor(text, mention)) {
                        actors.organizations().add(mention.key());
                    }
                }
                case NEWS_AGENCY -> {
                    // A source of the report, never a participant.
                }
            }
        }
        if (actors.size() == 1) {
            // "岸田文雄表示，去年10月我们成功通话，就…日中关系达成一致": a pair elsewhere in the sentence
            // that names the one side found tells who the other was.
            List<Mention> pair = new ArrayList<>();
            for (Mention m : sentence.mentions()) {
                if (m.form() != Mention.Form.ABBREVIATION) {
                    continue;
                }
                if (!pair.isEmpty() && pair.get(pair.size() - 1).end() != m.start()) {
                    otherSide(pair, actors);
                    pair.clear();
                }
                pair.add(m);
            }
            otherSide(pair, actors);
        }
        return actors;
    }

    private static void otherSide(List<Mention> pair, Actors actors) {
        if (pair.size() == 2 && pair.stream().anyMatch(m -> actors.countries().contains(m.key()))) {
            pair.forEach(m -> actors.countries().add(m.key()));
        }
    }

    private boolean country(String text, Sentence sentence, Mention mention, int clauseStart, int clauseEnd,
                            int firstClauseEnd) {
        switch (mention.form()) {
            case SIDE:
                return true;
            case ABBREVIATION:
                // 中美 speaks for both governments, but only of the acts of its own clause or subject.
                return inScope(mention, clauseStart, clauseEnd, sentence.start(), firstClauseEnd);
            case CAPITAL:
                // 北京/华盛顿 speak for governments when they act as subjects ("北京宣布", "华盛顿和北京"),
                // not as places ("在泰国曼谷会见").
                int start = Math.max(clauseStart(text, sentence.start(), mention.start()), sentence.start());
                String lead = text.substring(start, mention.start());
                return (lead.isBlank() || SUBJECT_LIST.matcher(lead).find()) && followedByVerb(sentence, mention)
                        || AddressedCapital.addressed(text, mention);
            default:
                if (!actsAsActor(text, mention) || FORMER.matcher(before(text, mention)).find()
                        && sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.POSITION
                        && m.start() == mention.end())) {
                    return false;
                }
                String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 6));
                if (DEPENDENT_TERRITORIES.contains(mention.key())) {
                    // 香港 is mostly a topic (香港国安法, 香港自治); it acts only as its government or as
                    // the other side of a measure (与香港的引渡条约, 向香港出口).
                    return GOVERNMENT_AFTER.matcher(after).find() || COUNTERPART_BEFORE.matcher(before(text, mention)).find();
                }
                return GOVERNMENT_AFTER.matcher(after).find() || startsDesignation(sentence, mention)
                        || inScope(mention, clauseStart, clauseEnd, sentence.start(), firstClauseEnd);
        }
    }

    private static boolean inScope(Mention mention, int clauseStart, int clauseEnd, int sentenceStart, int firstClauseEnd) {
        return mention.start() >= clauseStart && mention.start() < clauseEnd
                || mention.start() >= sentenceStart && mention.start() < firstClauseEnd;
    }

    private static boolean actsAsActor(String text, Mention mention) {
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 6));
        return !NOT_ACTOR_AFTER.matcher(after).find() && !NOT_ACTOR_BEFORE.matcher(before(text, mention)).find()
                && !inTopicFrame(text, mention);
    }

    /**
     * "就欧盟制裁向丹麦外交部提出严正交涉", "就涉及两国和中国的三边条约举行会谈": a name after 就 or 关于
     * in its clause, with no 向/与/同/对 between, is what the act is about.
     */
    private static boolean inTopicFrame(String text, Mention mention) {
        int from = Math.max(0, mention.start() - 24);
        String lead = text.substring(from, mention.start());
        int clause = -1;
        for (int i = lead.length() - 1; i >= 0 && clause < 0; i--) {
            if (CLAUSE_BREAKS.indexOf(lead.charAt(i)) >= 0 || lead.charAt(i) == '。') {
                clause = i;
            }
        }
        return TOPIC_FRAME.matcher(lead.substring(clause + 1)).find();
    }

    private static boolean former(String text, Mention position) {
        return FORMER.matcher(before(text, position)).find();
    }

    /** "前蒙古总统": the 前 of a former office may come before the name of its country. */
    private static boolean formerOfCountry(String text, Sentence sentence, Mention position) {
        return sentence.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.COUNTRY && m.end() == position.start()
                && FORMER.matcher(before(text, m)).find());
    }

    private static String before(String text, Mention mention) {
        return text.substring(Math.max(0, mention.start() - 2), mention.start());
    }

    /**
     * A country directly followed by a position or organisation of its own (中国外交部, 美国国务卿); not one
     * right after another country, which names the portfolio of the first one's office (美国北韩特使).
     */
    private static boolean startsDesignation(Sentence sentence, Mention country) {
        return sentence.mentions().stream().anyMatch(m -> m.start() == country.end()
                && (m.kind() == Mention.Kind.POSITION || m.kind() == Mention.Kind.ORGANIZATION))
                && sentence.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.COUNTRY
                && m.end() == country.start());
    }

    private static boolean followedByVerb(Sentence sentence, Mention mention) {
        boolean dated = false;
        for (Token token : sentence.tokens()) {
            if (token.offset() >= mention.end() && token.tag().equals("t")) {
                // "马尼拉周五在…提出了外交抗议": the time of the act stands between the subject and its verb.
                dated = true;
                continue;
            }
            if (token.offset() >= mention.end() && !(token.offset() == mention.end() && token.word().equals("方面"))) {
                // "北京方面随即宣布": 方面 names the government; "北京迅速回击": an adverb (ad) leads the verb; after
                // a time, so may the preposition of a place (周五在提图岛附近).
                return token.tag().startsWith("v") || token.tag().startsWith("d") || token.tag().equals("ad")
                        || dated && token.tag().equals("p");
            }
        }
        return false;
    }

    /**
     * The adverbial clause that leads the sentence (针对…, 继…之后, 结束出访印度后, 比根在…之际), with the
     * clauses that go on from it (…，并…), as {from, to}; {start, start} when it has none. A subject
     * before 在 (比根在结束对韩国的访问后) is no part of it.
     */
    private static int[] setting(String text, Sentence sentence) {
        int[] frame = LongFrame.span(sentence.text(), sentence.start());
        if (frame.length > 0) {
            return frame;
        }
        int end = clauseEnd(text, sentence.start(), sentence.end());
        String first = text.substring(sentence.start(), end);
        Matcher m = SETTING.matcher(first);
        if (end >= sentence.end() || !m.find()) {
            return new int[] {sentence.start(), sentence.start()};
        }
        int from = sentence.start() + (m.group(1) == null
                ? Math.max(SettingSubject.length(sentence, first), first.indexOf('在')) : 0);
        while (end + 1 < sentence.end() && SETTING_GOES_ON.matcher(text.substring(end + 1)).find()) {
            end = clauseEnd(text, end + 1, sentence.end());
        }
        return new int[] {from, Math.min(end + 1, sentence.end())};
    }

    private static int clauseStart(String text, int sentenceStart, int at) {
        for (int i = at - 1; i >= sentenceStart; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    private static int clauseEnd(String text, int at, int sentenceEnd) {
        for (int i = at; i < sentenceEnd; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return sentenceEnd;
    }

    /** The sentence with every character inside 《…》 replaced by 《, so that titles can be skipped. */
    private static String quotedTitles(String text, Sentence sentence) {
        StringBuilder out = new StringBuilder(sentence.text());
        int depth = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》' && depth > 0) {
                depth--;
                continue;
            }
            if (depth > 0) {
                out.setCharAt(i, '《');
            }
        }
        return out.toString();
    }
}
