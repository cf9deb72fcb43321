package dev.mentorhub.common.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where we are, and how many there are in all (asked for as a {@link PageRequest}). */
public record PageDto<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> PageDto<T> of(List<T> items, int page, int size, long total) {
        return new PageDto<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** The same page with each item turned into another. */
    public <R> PageDto<R> map(Function<? super T, ? extends R> mapper) {
        return new PageDto<>(items.stream().<R>map(mapper).toList(), page, size, total, totalPages);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    /** The links under this page, to {@code base} + "page=" + n: {@code {#pager pager=view.items.pager(view.base) /}}. */
    public Pager pager(String base) {
        return Pager.of(this, base);
    }
}
