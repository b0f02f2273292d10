package org.diplograph.web;

import java.util.List;

/**
 * One page of a long list, as the pager of every HTML page shows it; pages count from 1.
 *
 * @param total the length of the whole list
 */
public record Paged<T>(List<T> items, int page, int pages, int total) {

    /** Entries per page of the resource pages. */
    public static final int SIZE = 20;

    public static <T> Paged<T> of(List<T> all, int page) {
        return of(all, page, SIZE);
    }

    /** The {@code page}th slice of {@code size} entries; a page out of range gives the nearest one. */
    public static <T> Paged<T> of(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int p = Math.min(Math.max(page, 1), pages);
        return new Paged<>(all.subList(Math.min((p - 1) * size, all.size()), Math.min(p * size, all.size())),
                p, pages, all.size());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
