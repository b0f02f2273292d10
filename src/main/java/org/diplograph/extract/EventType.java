package org.diplograph.extract;

/**
 * Kinds of diplomatic event; each maps to the ontology class of the same local name
 * ({@code dg:PhoneCall} …), where its CAMEO code and Goldstein weight are recorded.
 */
public enum EventType {
    PHONE_CALL("PhoneCall", "通话", "Phone call", "041", 1.0, "CONSULT", "phone"),
    MEETING("Meeting", "会见", "Meeting", "040", 1.0, "CONSULT", "visit"),
    TALKS("Talks", "会谈", "Talks", "046", 7.0, "CONSULT", ""),
    VISIT("Visit", "访问", "Visit", "042", 1.9, "CONSULT", "visit"),
    SUMMIT("Summit", "峰会", "Summit", "044", 2.5, "CONSULT", "multilateral"),
    AGREEMENT("Agreement", "签署协议", "Agreement", "057", 8.0, "AGREE", ""),
    STATEMENT("Statement", "声明", "Statement", "010", 0.0, "", ""),
    PROTEST("Protest", "抗议", "Protest", "114", -2.0, "ACCUSE", "disapprove"),
    INVITATION("Invitation", "邀请", "Invitation", "036", 4.0, "REQUEST", "consult"),
    SANCTION("Sanction", "制裁", "Sanction", "163", -8.0, "SANCTION", ""),
    MESSAGE("Message", "致电", "Message", "018", 3.4, "SUPPORT", ""),
    EXPULSION("Expulsion", "驱逐", "Expulsion", "174", -5.0, "SANCTION", "expel");

    private final String localName;
    private final String labelZh;
    private final String labelEn;
    private final String cameoCode;
    private final double goldstein;
    private final String ploverCategory;
    private final String ploverMode;

    EventType(String localName, String labelZh, String labelEn, String cameoCode, double goldstein,
              String ploverCategory, String ploverMode) {
        this.localName = localName;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.cameoCode = cameoCode;
        this.goldstein = goldstein;
        this.ploverCategory = ploverCategory;
        this.ploverMode = ploverMode;
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

    /** The CAMEO event code the type corresponds to (as in {@code ontology/alignment.ttl}). */
    public String cameoCode() {
        return cameoCode;
    }

    /**
     * The Goldstein weight of the CAMEO code, −10 (most conflictual) to +10 (most cooperative): the
     * intensity recorded on each event, so that timelines can show cooperation and conflict.
     */
    public double goldstein() {
        return goldstein;
    }

    /** The PLOVER category, empty where PLOVER has none (it does not code plain statements). */
    public String ploverCategory() {
        return ploverCategory;
    }

    /** The PLOVER mode within the category, empty where none applies. */
    public String ploverMode() {
        return ploverMode;
    }

    /** A contact between the sides themselves (PLOVER CONSULT): a call, meeting, talks, visit or summit. */
    public boolean consultation() {
        return ploverCategory.equals("CONSULT");
    }

    /** A meeting or talks: the sides face to face at one gathering. */
    public boolean encounter() {
        return this == MEETING || this == TALKS;
    }

    /** A call, meeting or talks: an exchange between the persons of the sides. */
    public boolean conversation() {
        return encounter() || this == PHONE_CALL;
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
