package vn.chophien.web;

import java.util.function.IntFunction;

/** Where the previous and next pages of a list are, counted from 1 for people. */
public record Pager(int number, int pages, String previousUrl, String nextUrl) {

    public static Pager of(int pageIndex, long total, int size, IntFunction<String> urlOf) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pager(pageIndex + 1, pages, pageIndex > 0 ? urlOf.apply(pageIndex - 1) : null,
                pageIndex + 1 < pages ? urlOf.apply(pageIndex + 1) : null);
    }

    public boolean several() {
        return pages > 1;
    }
}
