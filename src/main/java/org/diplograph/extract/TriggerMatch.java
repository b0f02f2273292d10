package org.diplograph.extract;

/** Where a trigger matched in a sentence; offsets relative to the sentence. */
record TriggerMatch(Trigger trigger, int start, int end) {
}
