package vn.chophien.dashboard.sales;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import vn.chophien.web.VietnamClock;

/**
 * Weeks as the summaries count them: Monday to Sunday in Vietnam, numbered from Monday 5 January 1970, and the
 * blocks of 2^level weeks that products are summed over.
 */
public final class Weeks {

    static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);
    /** Blocks of 1, 2, 4, 8, 16 and 32 weeks. */
    static final int LEVELS = 6;

    private Weeks() {
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate mondayOf(Instant at) {
        return mondayOf(at.atZone(VietnamClock.ZONE).toLocalDate());
    }

    static int number(LocalDate monday) {
        return Math.toIntExact(ChronoUnit.WEEKS.between(FIRST_MONDAY, monday));
    }

    /** A block of product sums: level L, block n covers week numbers n·2^L to (n+1)·2^L − 1. */
    record Block(int level, int block) {
    }

    /** The fewest blocks that cover exactly the weeks numbered first to last (both included). */
    static List<Block> cover(int first, int last) {
        List<Block> blocks = new ArrayList<>();
        int week = first;
        while (week <= last) {
            int level = LEVELS - 1;
            while (level > 0 && (week % (1 << level) != 0 || week + (1 << level) - 1 > last)) {
                level--;
            }
            blocks.add(new Block(level, week >> level));
            week += 1 << level;
        }
        return blocks;
    }
}
