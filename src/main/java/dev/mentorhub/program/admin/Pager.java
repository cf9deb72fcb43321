package dev.mentorhub.program.admin;

import dev.mentorhub.common.web.PageDto;

/** Links to the neighbouring pages of an admin list; {@code base} already ends in "?" or "&". */
public record Pager(int page, int totalPages, String previous, String next) {

    static Pager of(PageDto<?> shown, String base) {
        return of(shown, base, "page");
    }

    /** For a second list on the same page, paged by its own query parameter. */
    static Pager of(PageDto<?> shown, String base, String parameter) {
        return new Pager(shown.page() + 1, Math.max(1, shown.totalPages()),
                shown.hasPrevious() ? base + parameter + "=" + (shown.page() - 1) : "",
                shown.hasNext() ? base + parameter + "=" + (shown.page() + 1) : "");
    }

    public boolean needed() {
        return !previous.isEmpty() || !next.isEmpty();
    }
}
