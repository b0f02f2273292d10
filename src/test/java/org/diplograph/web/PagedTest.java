package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTest {

    private static final List<Integer> FORTY_FIVE = IntStream.rangeClosed(1, 45).boxed().toList();

    @Test
    void pagesLongListsByTwenty() {
        Paged<Integer> second = Paged.of(FORTY_FIVE, 2);
        assertThat(second.items()).containsExactlyElementsOf(IntStream.rangeClosed(21, 40).boxed().toList());
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(45);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(Paged.of(FORTY_FIVE, 3).items()).containsExactly(41, 42, 43, 44, 45);
    }

    @Test
    void clampsPagesOutOfRange() {
        assertThat(Paged.of(FORTY_FIVE, 99).page()).isEqualTo(3);
        assertThat(Paged.of(FORTY_FIVE, -1).page()).isEqualTo(1);
        Paged<Integer> empty = Paged.of(List.of(), 1);
        assertThat(empty.items()).isEmpty();
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.hasNext()).isFalse();
    }
}
