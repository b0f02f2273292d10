package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * "布兰斯塔德与驻华使领馆员工召开了视频会议": an ambassador or minister who meets the staff of missions abroad
 * meets his own government's employees, not another state; the host country the missions are posted to
 * takes no part. Stateless.
 */
final class OwnMissionStaff {

    private static final Pattern MISSION_STAFF = Pattern.compile(
            "[与同和跟](?:驻[^，。；]{1,6}?)?(?:使领馆|大使馆|总领事馆|使馆|领馆)的?(?:员工|工作人员|雇员|馆员)[^，。；]*$");

    private OwnMissionStaff() {
    }

    /** Whether the clause before a trigger names mission staff as the ones met. */
    static boolean met(String clauseBefore) {
        return MISSION_STAFF.matcher(clauseBefore).find();
    }
}
