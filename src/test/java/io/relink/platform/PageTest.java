package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void a_page_counts_the_pages_of_what_there_is() {
        assertThat(Page.of(List.of("a", "b"), 1, 2, 5))
                .isEqualTo(new Page<>(List.of("a", "b"), 1, 2, 5, 3));
        assertThat(Page.of(List.of("a", "b"), 1, 2, 4).totalPages()).isEqualTo(2);
        assertThat(Page.of(List.of(), 1, 50, 0).totalPages()).isZero();
    }

    @Test
    void a_page_past_the_end_is_empty_and_still_counts() {
        assertThat(Page.of(List.of(), 9, 50, 120)).isEqualTo(new Page<>(List.of(), 9, 50, 120, 3));
    }

    @Test
    void a_page_starts_after_the_pages_before_it_and_never_overflows() {
        assertThat(Page.offset(1, 50)).isZero();
        assertThat(Page.offset(3, 50)).isEqualTo(100);
        assertThat(Page.offset(Integer.MAX_VALUE, 200)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void a_mapped_page_keeps_where_it_is_and_how_many_there_are() {
        assertThat(new Page<>(List.of("a", "bb"), 2, 2, 5, 3).map(String::length))
                .isEqualTo(new Page<>(List.of(1, 2), 2, 2, 5, 3));
    }
}
