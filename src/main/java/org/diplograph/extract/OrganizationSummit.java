package org.diplograph.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "与中国国家主席习近平举行视频峰会" (the EU's leaders), "欧盟与日本…领导人峰会": a summit of one state with an
 * organisation that does not convene it as its gathering is a bilateral encounter between the two, like one
 * of two states: a meeting, or a call by video link. A state attending an organisation's own gathering
 * (通过视频参加亚太经合组织论坛会议) stays at a summit, and so does one its clause counts as of three or more
 * states (这四国的外长…举行了「四方会议」), whose other members are named elsewhere. Stateless.
 */
final class OrganizationSummit {

    private static final Pattern VIDEO = Pattern.compile("视频|视讯|线上|远程");
    /** "这四国的外长…举行了「四方会议」": a gathering counted as of three or more states or sides. */
    private static final Pattern COUNTED_SIDES = Pattern.compile("(?:[三四五六七八九十多]|\\d+)(?:个国家|国|方)");

    private OrganizationSummit() {
    }

    /** The type of a summit between one state and one organisation that is not its convener. */
    static EventType typed(EventType type, Actors actors, Optional<String> convener, String clause) {
        if (type != EventType.SUMMIT || actors.countries().size() != 1 || actors.organizations().size() != 1
                || convener.isPresent() || MultilateralContact.namesManySides(clause)
                || COUNTED_SIDES.matcher(clause).find()) {
            return type;
        }
        return VIDEO.matcher(clause).find() ? EventType.PHONE_CALL : EventType.MEETING;
    }
}
