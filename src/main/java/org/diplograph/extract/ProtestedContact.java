package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "发声明抗议蓬佩奥的出访", "王毅却公开反对维特齐访问台湾", "批评克拉夫特与蔡英文视频会谈是干扰中国内政": a visit or
 * other contact named as what a third side protests or reacts to is the matter of that reaction, reported where
 * the contact itself is told; the one reacting is no side of it. Stateless.
 */
final class ProtestedContact {

    /** A verb of protest whose object the contact is, in the contact's own clause. */
    private static final Pattern PROTESTING = Pattern.compile(
            "(?:反对|抗议|谴责|批评|指责|抨击)(?!派|党|者|活动|人士|浪潮|示威)[^，。；]{0,10}$");
    /** The visit, or the news of it, as what a reaction answers (克拉奇访台消息的反应, 对克拉奇访台做出了愤怒反应). */
    private static final Pattern ANSWERED = Pattern.compile(
            "\\A[^，。；]{0,4}?(?:(?:消息)?的|(?:做出|作出)了?[^，。；]{0,4}?)(?:反应|回应)");
    /** The visit as what someone is to pay for (将为来台参访付出代价). */
    private static final Pattern PAID_FOR = Pattern.compile("为[^，。；]{0,4}$");
    private static final Pattern PRICE = Pattern.compile("\\A[^，。；]{0,6}?付出代价");


    private ProtestedContact() {
    }

    /** Whether the contact trigger names a contact that others protest or react to. */
    static boolean named(String sentence, TriggerMatch match) {
        if (!match.trigger().type().consultation()) {
            return false;
        }
        String clauseBefore = sentence.substring(Clauses.start(sentence, match.start()), match.start());
        String after = sentence.substring(match.end());
        return PROTESTING.matcher(clauseBefore).find() || ANSWERED.matcher(after).find()
                || PAID_FOR.matcher(clauseBefore).find() && PRICE.matcher(after).find();
    }
}
