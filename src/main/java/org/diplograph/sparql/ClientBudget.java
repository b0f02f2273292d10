package org.diplograph.sparql;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Query time per client, as a token bucket: each client may spend {@code perMinute} of query time per
 * minute, refilled continuously, with at most one minute's worth saved up. A query is admitted while
 * the client's balance is positive and its duration is charged afterwards, so one long query may take
 * the balance below zero and the client then waits until it is positive again. Thread-safe.
 */
final class ClientBudget {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final long capacityNanos;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        long balance;
        long updated;

        Bucket(long balance, long now) {
            this.balance = balance;
            this.updated = now;
        }
    }

    ClientBudget(Duration perMinute) {
        this.capacityNanos = perMinute.toNanos();
    }

    /** Empty when the client may run a query now, else the seconds to wait. */
    OptionalLong admit(String client, long now) {
        if (capacityNanos <= 0) {
            return OptionalLong.empty();
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(capacityNanos, now));
        synchronized (b) {
            refill(b, now);
            if (b.balance > 0) {
                return OptionalLong.empty();
            }
            // Refill rate: capacity per minute; time to reach a positive balance again.
            double waitNanos = (double) -b.balance / capacityNanos * MINUTE_NANOS;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(waitNanos / 1e9)));
        }
    }

    /** Charges a finished query's duration to the client. */
    void charge(String client, long nanos, long now) {
        if (capacityNanos <= 0) {
            return;
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(capacityNanos, now));
        synchronized (b) {
            refill(b, now);
            b.balance -= nanos;
        }
        if (buckets.size() > 10_000) {
            // Full buckets carry no information: forget them so that the map stays small.
            buckets.entrySet().removeIf(e -> now - e.getValue().updated > MINUTE_NANOS);
        }
    }

    private void refill(Bucket b, long now) {
        long elapsed = now - b.updated;
        if (elapsed > 0) {
            long add = elapsed >= MINUTE_NANOS ? capacityNanos : (long) ((double) elapsed / MINUTE_NANOS * capacityNanos);
            b.balance = Math.min(capacityNanos, b.balance + add);
            b.updated = now;
        }
    }
}
