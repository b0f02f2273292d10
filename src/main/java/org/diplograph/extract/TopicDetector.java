package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Topic;

/** Finds the lexicon's topics in text by their trigger words. Thread-safe. */
final class TopicDetector {

    private final List<Topic> topics;
    private final PairRelations pairRelations;
    private final PairAlliance pairAlliance;

    TopicDetector(Lexicon lexicon) {
        this.pairRelations = new PairRelations(lexicon);
        this.pairAlliance = new PairAlliance(lexicon);
        // Triggers lower-cased once, as the text is, for the English ones.
        this.topics = lexicon.topics().stream().map(t -> new Topic(t.key(), t.nameEn(), t.nameZh(), t.ploverContext(),
                t.triggers().stream().map(trigger -> trigger.toLowerCase(Locale.ROOT)).toList())).toList();
    }

    /** Topic keys whose triggers occur in the text, in the lexicon's order. */
    List<String> detect(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (Topic topic : topics) {
            if (topic.key().equals(PairRelations.TOPIC)
                    && pairRelations.occurrences(lower).anyMatch(at -> !circumstance(lower, at[0], at[1]))) {
                found.add(topic.key());
                continue;
            }
            if (topic.key().equals(PairAlliance.TOPIC) && pairAlliance.named(lower)
                    || topic.key().equals(NorthKoreanArms.TOPIC) && NorthKoreanArms.told(lower)
                    || topic.key().equals(HongKongAmongIssues.TOPIC) && HongKongAmongIssues.listed(lower)) {
                found.add(topic.key());
                continue;
            }
            for (String trigger : topic.triggers()) {
                if (mentionedAsSubject(lower, trigger, topic)) {
                    found.add(topic.key());
                    break;
                }
            }
        }
        found.removeIf(general -> subsumed(general, found));
        return found;
    }

    /**
     * Whether a narrower topic found with it refines this general one (its PLOVER context is this topic):
     * health talk next to COVID-19 (公共卫生, 医疗) is about the pandemic, and the return of defectors
     * (脱北者被强制遣返) is the defectors' topic, not migration at large.
     */
    private boolean subsumed(String general, List<String> found) {
        return topics.stream().anyMatch(t -> !t.key().equals(general) && general.equals(t.ploverContext())
                && found.contains(t.key()));
    }

    /**
     * Whether the trigger occurs other than as the portfolio of a ministry, council or minister (卫生部长,
     * 卫生福利部长, 能源部, 卫生大臣, 国家安全顾问, 国家安全委员会发言人, 国家安全事务助理): an office says who took part,
     * not what was discussed. Nor is security the subject where it names a law or a crime (香港国家安全法 is the
     * Hong Kong topic's), nor a territory where 领土完整 only invokes the principle (尊重各国主权和领土完整), not a
     * dispute, nor a trigger in a clause that only sets the scene, nor one in an organisation's name or a
     * partner's rank, nor one read inside a longer trigger of another topic ({@link LongerTrigger}), nor 一个中国
     * counting one Chinese thing ({@link OneChineseThing}), nor trade naming a privilege a territory is granted
     * ({@link GrantedPrivilege}).
     */
    private boolean mentionedAsSubject(String text, String trigger, Topic topic) {
        for (int at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
            int end = at + trigger.length();
            if (LongerTrigger.covers(topics, topic, text, at, end)) {
                continue;
            }
            boolean lawOrPrinciple = trigger.endsWith("安全")
                    && SECURITY_NAMED.matcher(text).region(end, text.length()).lookingAt()
                    || trigger.endsWith("领土") && text.startsWith("完整", end);
            if (!lawOrPrinciple && !NegatedTrigger.negated(text, at) && !ChinaBeforeWei.misread(text, trigger, at)
                    && !circumstance(text, at, end)
                    && !MINISTRY.matcher(text).region(end, text.length()).lookingAt()
                    && !NAME_OR_ROLE.matcher(text).region(end, text.length()).lookingAt()
                    && !ForumName.names(text, end) && !OneChineseThing.counted(text, trigger, end)
                    && !GrantedPrivilege.named(text, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger sits in a clause that sets the scene rather than says what was discussed:
     * 受新冠疫情影响, 自新冠疫情爆发后, 在两国贸易战升级之际, 两国关系高度紧张之际, 鉴于新冠疫情的形势.
     */
    private static boolean circumstance(String text, int at, int end) {
        int from = at;
        while (from > 0 && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String before = text.substring(from, at);
        String after = text.substring(end, to);
        return CAUSE_OPENS.matcher(before).find() && CAUSE_CLOSES.matcher(after).lookingAt()
                || TIME_OPENS.matcher(before).find() && TIME_CLOSES.matcher(after).lookingAt()
                || SCENE_CLOSES.matcher(after).lookingAt() || IN_VIEW_OF.matcher(before).find()
                || SceneClause.frames(text, from, at, end, to);
    }

    /** 国家安全 naming a law or a crime: 国家安全法, 国家安全立法, 危害国家安全罪. */
    private static final Pattern SECURITY_NAMED = Pattern.compile("立?法|罪");
    private static final String CLAUSE_BREAKS = "，。；：！？,;:“”「」";
    private static final Pattern CAUSE_OPENS = Pattern.compile("(?:受到?|自从?|由于|因为?).{0,12}$");
    private static final Pattern CAUSE_CLOSES = Pattern.compile(".{0,12}?(?:影响|冲击|爆发|暴发|蔓延|以来|之后|后)");
    /** 鉴于新冠疫情的形势，…: a clause of "in view of" gives the grounds of what is done, not what was discussed. */
    private static final Pattern IN_VIEW_OF = Pattern.compile("鉴于[^，。；]{0,12}$");
    private static final Pattern TIME_OPENS = Pattern.compile("(?:在|正值).{0,8}$");
    private static final Pattern TIME_CLOSES = Pattern.compile(".{0,10}?(?:之际|期间|之时)");
    /** Closes a scene even without 在 or 自 before it: 两国关系高度紧张之际, 新冠疫情爆发以来. */
    private static final Pattern SCENE_CLOSES = Pattern.compile(".{0,12}?(?:之际|之时)|.{0,4}?(?:爆发|暴发)以来");
    /**
     * An organisation's name (世界贸易组织), a partner's rank (最大贸易伙伴), the name of a treaty of another kind
     * (区域全面经济伙伴关系协定, 武器贸易条约) or an expert's field (军事战略家, 人权专家) says who or which, not what.
     */
    private static final Pattern NAME_OR_ROLE =
            Pattern.compile("组织|伙伴|协定|条约|\\p{IsHan}{0,2}(?:专家|战略家|学者|分析师|评论员)");
    private static final Pattern MINISTRY =
            Pattern.compile("部(?!署|分|队|门)|\\p{IsHan}{1,2}部长|大臣|署长|厅长|顾问|\\p{IsHan}{0,2}局长|委员会|事务助理");
}
