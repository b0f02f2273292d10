package org.diplograph.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The actors a trigger's context names: countries, organisations and persons. Mutable while collected. */
record Actors(Set<String> countries, Set<String> organizations, Map<String, Participant> persons) {

    Actors() {
        this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashMap<>());
    }

    int size() {
        return countries.size() + organizations.size();
    }

    void addAll(Actors other) {
        countries.addAll(other.countries);
        organizations.addAll(other.organizations);
        other.persons.forEach(persons::putIfAbsent);
    }
}
