package org.diplograph.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ViewsTest {

    private static final List<Integer> FORTY_FIVE = IntStream.rangeClosed(1, 45).boxed().toList();

    @Test
    void pagesLongListsByTwenty() {
        Views.Paged<Integer> second = Views.Paged.of(FORTY_FIVE, 2);
        assertThat(second.items()).containsExactlyElementsOf(IntStream.rangeClosed(21, 40).boxed().toList());
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(45);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(Views.Paged.of(FORTY_FIVE, 3).items()).containsExactly(41, 42, 43, 44, 45);
    }

    @Test
    void clampsPagesOutOfRange() {
        assertThat(Views.Paged.of(FORTY_FIVE, 99).page()).isEqualTo(3);
        assertThat(Views.Paged.of(FORTY_FIVE, -1).page()).isEqualTo(1);
        Views.Paged<Integer> empty = Views.Paged.of(List.of(), 1);
        assertThat(empty.items()).isEmpty();
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.hasNext()).isFalse();
    }
}
