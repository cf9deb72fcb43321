package dev.mentorhub.common.web;

import java.util.List;

/** One page of a list: the items, where we are, and how many there are in all. */
public record PageDto<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static final int MAX_SIZE = 50;

    public static <T> PageDto<T> of(List<T> items, int page, int size, long total) {
        return new PageDto<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** Page sizes outside 1..MAX_SIZE are clamped rather than refused. */
    public static int clampSize(Integer size, int defaultSize) {
        return size == null ? defaultSize : Math.max(1, Math.min(MAX_SIZE, size));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
