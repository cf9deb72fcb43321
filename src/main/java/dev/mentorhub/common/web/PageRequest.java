package dev.mentorhub.common.web;

import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.Set;

/**
 * One page of a list as a client asked for it: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}. Every
 * list endpoint and page reads its paging parameters through {@link #of}, which clamps instead of refusing: no page
 * or a negative one is the first page, a size outside 1..{@value #MAX_SIZE} the nearest bound, and a page past
 * {@link #MAX_PAGE} that last (empty) page. So {@link #offset()} = page × size always fits an int, which is what
 * Panache, Hibernate and JDBC take; no list comes near {@code MAX_PAGE × size} rows. A page or size that is not a
 * whole number never gets here: {@link PagingParameters} answers 400 naming it.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 50;
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
    /** The query parameters that hold page numbers and sizes (the members page pages its invitations separately). */
    static final Set<String> PARAMETERS = Set.of("page", "size", "invitations");

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
        }
    }

    /** What the client asked for, clamped; {@code defaultSize} when it named no size. */
    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        int wanted = size == null ? defaultSize : size;
        return new PageRequest(page == null ? 0 : Math.max(0, Math.min(MAX_PAGE, page)),
                Math.max(1, Math.min(MAX_SIZE, wanted)));
    }

    /** A page of a list whose size the server fixes (the pages of the web UI). */
    public static PageRequest of(Integer page, int size) {
        return of(page, null, size);
    }

    /** The index of the page's first row; cannot overflow. */
    public int offset() {
        return page * size;
    }

    public Page panache() {
        return Page.of(page, size);
    }

    public <T> PageDto<T> result(List<T> items, long total) {
        return PageDto.of(items, page, size, total);
    }
}
