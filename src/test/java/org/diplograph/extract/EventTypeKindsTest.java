package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventTypeKindsTest {

    @Test
    void consultationsAreThePloverConsultTypes() {
        assertEquals(EnumSet.of(EventType.PHONE_CALL, EventType.MEETING, EventType.TALKS, EventType.VISIT,
                EventType.SUMMIT), kinds(EventType::consultation));
    }

    @Test
    void encountersAreMeetingsAndTalks() {
        assertEquals(EnumSet.of(EventType.MEETING, EventType.TALKS), kinds(EventType::encounter));
    }

    @Test
    void conversationsAreEncountersAndCalls() {
        assertEquals(EnumSet.of(EventType.PHONE_CALL, EventType.MEETING, EventType.TALKS),
                kinds(EventType::conversation));
    }

    private static Set<EventType> kinds(Predicate<EventType> kind) {
        return EnumSet.allOf(EventType.class).stream().filter(kind).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(EventType.class)));
    }
}
