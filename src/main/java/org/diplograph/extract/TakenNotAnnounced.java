package org.diplograph.extract;

/**
 * A measure told as taken (中国已采取报复措施，对…实施制裁) is not the one an earlier sentence only
 * announced (中国政府周二表示，将对洛克希德•马丁公司实施制裁): sides answer each other with several
 * measures, and one announced for later is not yet the one carried out. Stateless.
 */
final class TakenNotAnnounced {

    private TakenNotAnnounced() {
    }

    /** Whether {@code c}, a sanction that occurred, cannot repeat a sanction of status {@code status}. */
    static boolean apart(Candidate c, EventType type, EventStatus status) {
        return c.type() == EventType.SANCTION && type == EventType.SANCTION
                && c.status() == EventStatus.OCCURRED && status == EventStatus.PLANNED;
    }
}
