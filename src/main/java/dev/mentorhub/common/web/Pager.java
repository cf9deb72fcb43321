package dev.mentorhub.common.web;

/**
 * What the {@code {#pager}} tag shows under a paged list: page {@code page} (from 1) of {@code totalPages}, and links to
 * the neighbouring pages ("" where there is none). {@code base} already ends in "?" or "&".
 */
public record Pager(int page, int totalPages, String previous, String next) {

    public static Pager of(PageDto<?> shown, String base) {
        return of(shown, base, "page");
    }

    /** For a second list on the same page, paged by its own query parameter. */
    public static Pager of(PageDto<?> shown, String base, String parameter) {
        return new Pager(shown.page() + 1, Math.max(1, shown.totalPages()),
                shown.hasPrevious() ? base + parameter + "=" + (shown.page() - 1) : "",
                shown.hasNext() ? base + parameter + "=" + (shown.page() + 1) : "");
    }

    public boolean needed() {
        return !previous.isEmpty() || !next.isEmpty();
    }
}
