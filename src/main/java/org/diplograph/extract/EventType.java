package org.diplograph.extract;

/**
 * Kinds of diplomatic event; each maps to the ontology class of the same local name
 * ({@code dg:PhoneCall} …), where its CAMEO code and Goldstein weight are recorded.
 */
public enum EventType {
    PHONE_CALL("PhoneCall", "通话", "Phone call"),
    MEETING("Meeting", "会见", "Meeting"),
    TALKS("Talks", "会谈", "Talks"),
    VISIT("Visit", "访问", "Visit"),
    SUMMIT("Summit", "峰会", "Summit"),
    AGREEMENT("Agreement", "签署协议", "Agreement"),
    STATEMENT("Statement", "声明", "Statement"),
    PROTEST("Protest", "抗议", "Protest"),
    INVITATION("Invitation", "邀请", "Invitation"),
    SANCTION("Sanction", "制裁", "Sanction"),
    MESSAGE("Message", "致电", "Message"),
    EXPULSION("Expulsion", "驱逐", "Expulsion");

    private final String localName;
    private final String labelZh;
    private final String labelEn;

    EventType(String localName, String labelZh, String labelEn) {
        this.localName = localName;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The local name of the ontology class, e.g. {@code PhoneCall}. */
    public String localName() {
        return localName;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Parses a local name as written in trigger and gold files. */
    public static EventType fromLocalName(String name) {
        for (EventType type : values()) {
            if (type.localName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type: " + name);
    }
}
