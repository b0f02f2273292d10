package org.diplograph.extract;

/**
 * "朝鲜外务省…发表谈话，重申朝方无意与美国重启对话，并拒绝韩方在朝美之间斡旋" and, later, "…局长权正根当天发表谈话
 * 称，朝方…不愿与美国面对面对话": reports of one statement name the states it speaks to more or less fully; a side
 * named in one of them is addressed all the same, so the statement keeps every side its reports name. Stateless.
 */
final class StatementAddressees {

    private StatementAddressees() {
    }

    /**
     * Whether two reports of one statement keep the wider set of sides when one includes the other: not where one
     * tells it as issued and the other as still to come, which are two statements told as one.
     */
    static boolean keepAll(DiplomaticEvent kept, DiplomaticEvent event) {
        return kept.type() == EventType.STATEMENT && kept.status() == event.status();
    }
}
