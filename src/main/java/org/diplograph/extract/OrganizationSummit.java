package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.diplograph.nlp.Sentence;

/**
 * "与中国国家主席习近平举行视频峰会" (the EU's leaders), "欧盟与日本…领导人峰会": a summit of one state with an
 * organisation that does not convene it as its gathering is a bilateral encounter between the two, like one
 * of two states: a meeting, or a call by video link. A state attending an organisation's own gathering
 * (通过视频参加亚太经合组织论坛会议) stays at a summit, and so does one its clause counts as of three or more
 * states (这四国的外长…举行了「四方会议」), whose other members are named elsewhere. Only a summit whose clause
 * joins one side to the other (欧盟与中国举行峰会, 与中国国家主席习近平举行视频峰会) is between the two: the
 * organisation's own gathering named without its name right before (APEC的主办国马来西亚…召开首脑峰会,
 * 联合国…将在中国的昆明举行生物多样性峰会, 默克尔在峰会上) stays a summit. Stateless.
 */
final class OrganizationSummit {

    private static final Pattern VIDEO = Pattern.compile("视频|视讯|线上|远程");
    /** "这四国的外长…举行了「四方会议」": a gathering counted as of three or more states or sides. */
    /** What joins one side of an encounter to the other: "欧盟与中国", "与中国国家主席习近平". */
    private static final Pattern JOINED = Pattern.compile("[与同和跟]$");
    private static final Pattern COUNTED_SIDES = Pattern.compile("(?:[三四五六七八九十多]|\\d+)(?:个国家|国|方)");

    private OrganizationSummit() {
    }

    /** The type of a summit between one state and one organisation that is not its convener. */
    static EventType typed(EventType type, Actors actors, Optional<String> convener, String clause,
                           Sentence sentence, TriggerMatch match) {
        if (type != EventType.SUMMIT || actors.countries().size() != 1 || actors.organizations().size() != 1
                || convener.isPresent() || MultilateralContact.namesManySides(clause)
                || COUNTED_SIDES.matcher(clause).find() || !sidesJoined(sentence, match)) {
            return type;
        }
        return VIDEO.matcher(clause).find() ? EventType.PHONE_CALL : EventType.MEETING;
    }

    /** Whether a side named in the trigger's clause, before it, is joined to the other by 与, 同, 和 or 跟. */
    private static boolean sidesJoined(Sentence sentence, TriggerMatch match) {
        String s = sentence.text();
        int clauseStart = Clauses.start(s, match.start());
        return sentence.mentions().stream().map(m -> m.start() - sentence.start())
                .filter(at -> at > clauseStart && at < match.start())
                .anyMatch(at -> JOINED.matcher(s.substring(clauseStart, at)).find());
    }
}
