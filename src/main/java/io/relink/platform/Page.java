package io.relink.platform;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list the API answers: {@code items, page, size, totalItems, totalPages}. Pages
 * count from 1; a page past the end is empty and still says how many there are.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    /**
     * Cheap and consistent with {@code equals}: JSON-B hashes every object it writes (to find
     * cycles), and a record's own hash reads every field, its lists' items too, so the answer of a
     * page was hashed again at every level of it.
     */
    @Override
    public int hashCode() {
        return Objects.hash(page, size, totalItems);
    }

    /** The page {@code page} of {@code size} items, of {@code totalItems} in all. */
    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        return new Page<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    /** The same page, each item turned into what {@code each} makes of it. */
    public <R> Page<R> map(Function<? super T, ? extends R> each) {
        return new Page<>(items.stream().<R>map(each).toList(), page, size, totalItems, totalPages);
    }

    /**
     * Where a page starts; a page far beyond the end starts past every row instead of overflowing.
     */
    public static int offset(int page, int size) {
        return (int) Math.min((page - 1L) * size, Integer.MAX_VALUE);
    }
}
