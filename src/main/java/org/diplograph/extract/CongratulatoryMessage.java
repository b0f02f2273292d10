package org.diplograph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "李克强致电…，祝贺他就任沙特阿拉伯王国王储兼首相", "拜登祝贺贝内特当选以色列总理": a message of
 * congratulation between leaders affirms the relations of their two states, so it is about those relations
 * even where its report says no more. Stateless.
 */
final class CongratulatoryMessage {

    private static final String RELATIONS = "bilateral-relations";
    private static final Pattern CONGRATULATION = Pattern.compile("祝贺|贺电|贺信|贺函|致贺");

    private CongratulatoryMessage() {
    }

    /** Adds bilateral relations to messages whose own sentence congratulates. */
    static void fillIn(List<Candidate> candidates) {
        candidates.stream().filter(c -> c.type() == EventType.MESSAGE && !c.topics().contains(RELATIONS)
                        && CONGRATULATION.matcher(c.evidence().sentence()).find())
                .forEach(c -> c.topics().add(RELATIONS));
    }
}
