package org.diplograph.extract;

/** Whether the article reports the event as done, to come, or called off. */
public enum EventStatus {
    OCCURRED("Occurred"), PLANNED("Planned"), CANCELLED("Cancelled");

    private final String localName;

    EventStatus(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology individual, e.g. {@code Planned}. */
    public String localName() {
        return localName;
    }
}
