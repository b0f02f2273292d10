package org.diplograph.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Wall-clock time spent per pipeline stage, summed over a batch. Thread-safe. */
public final class StageTimings {

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong analyze = new AtomicLong();
    private final AtomicLong extract = new AtomicLong();
    private final AtomicLong map = new AtomicLong();
    private final AtomicLong store = new AtomicLong();

    void addRead(long nanos) {
        read.addAndGet(nanos);
    }

    void addAnalyze(long nanos) {
        analyze.addAndGet(nanos);
    }

    void addExtract(long nanos) {
        extract.addAndGet(nanos);
    }

    void addMap(long nanos) {
        map.addAndGet(nanos);
    }

    void addStore(long nanos) {
        store.addAndGet(nanos);
    }

    @Override
    public String toString() {
        return String.format("read %d ms, analyse %d ms, extract %d ms, map+validate %d ms, store %d ms",
                read.get() / 1_000_000, analyze.get() / 1_000_000, extract.get() / 1_000_000,
                map.get() / 1_000_000, store.get() / 1_000_000);
    }
}
