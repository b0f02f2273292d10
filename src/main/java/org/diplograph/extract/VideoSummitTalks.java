package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "与中国国家主席习近平举行视频峰会后…。…双方的技术性会谈包括…": a summit or conference held by video between
 * two sides is a call, and it is where their talks were held; talks between the same sides told without a day
 * of their own after it are that call told again, with what was discussed. Stateless.
 */
final class VideoSummitTalks {

    private static final Pattern VIDEO_GATHERING = Pattern.compile("(?:视频|视讯|线上)(?:峰会|首脑会议|会议|会晤|会谈)");

    private VideoSummitTalks() {
    }

    /** Whether {@code talks}, dated only by the report, repeat {@code call}, a video summit between the same sides. */
    static boolean sameCall(DiplomaticEvent call, DiplomaticEvent talks) {
        return call.type() == EventType.PHONE_CALL && talks.type() == EventType.TALKS
                && call.status() == EventStatus.OCCURRED && talks.status() == EventStatus.OCCURRED
                && !call.dateIsReportDate() && talks.dateIsReportDate() && !talks.date().isBefore(call.date())
                && call.countries().equals(talks.countries()) && call.organizations().equals(talks.organizations())
                && call.evidence().stream().anyMatch(e -> VIDEO_GATHERING.matcher(e.sentence()).find());
    }
}
