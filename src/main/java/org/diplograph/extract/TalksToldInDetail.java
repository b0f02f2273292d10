package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "澳大利亚与新西兰的元首31日将在新西兰会晤" (a caption above the text), then the lead "(德国之声中文网) 澳大利亚总理
 * 莫里森…31日将与新西兰总理阿德恩…举行…会谈": an encounter told as a meeting only before the lead that opens the
 * outlet's report, and as talks in that lead, is talks: the lead says what the outlet reports. Stateless.
 */
final class TalksToldInDetail {

    /** The outlet's tag opening its lead: (德国之声中文网), （中央社记者…电）. */
    private static final Pattern LEAD = Pattern.compile("\\A\\s*[（(][^）)]{2,30}[）)]");

    private TalksToldInDetail() {
    }

    /** Whether {@code talks} is told in a lead that comes after the first report of {@code meeting}. */
    static boolean toldInLead(DiplomaticEvent meeting, DiplomaticEvent talks) {
        if (meeting.type() != EventType.MEETING || talks.type() != EventType.TALKS) {
            return false;
        }
        int firstMeeting = meeting.evidence().stream().mapToInt(Evidence::start).min().orElse(Integer.MAX_VALUE);
        return talks.evidence().stream().anyMatch(e -> LEAD.matcher(e.sentence()).find() && e.start() > firstMeeting);
    }
}
