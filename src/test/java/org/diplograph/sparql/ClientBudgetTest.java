package org.diplograph.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientBudgetTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void usedUpBudgetRefusesThatClientOnlyAndRefills() {
        ClientBudget budget = new ClientBudget(Duration.ofSeconds(6));
        long now = 0;
        assertThat(budget.admit("a", now)).isEmpty();
        budget.charge("a", 7 * SECOND, now);
        // 1 s in debt; 6 s per minute refill 0.1 s per second: positive again after just over 10 s.
        assertThat(budget.admit("a", now).getAsLong()).isBetween(10L, 12L);
        assertThat(budget.admit("b", now)).isEmpty();
        assertThat(budget.admit("a", now + 9 * SECOND)).isPresent();
        assertThat(budget.admit("a", now + 11 * SECOND)).isEmpty();
        // Savings are capped at one minute's worth.
        budget.charge("b", 0, now + 3600 * SECOND);
        budget.charge("b", 6 * SECOND, now + 3600 * SECOND);
        assertThat(budget.admit("b", now + 3600 * SECOND)).isPresent();
    }

    @Test
    void zeroBudgetTurnsItOff() {
        ClientBudget budget = new ClientBudget(Duration.ZERO);
        budget.charge("a", 3600 * SECOND, 0);
        assertThat(budget.admit("a", 0)).isEmpty();
    }
}
