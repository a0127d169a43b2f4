package vn.chophien.dashboard.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The weeks a sale counts in, and the blocks a period of weeks is read from. */
class WeeksTest {

    @Test
    void aSaleLateOnSundayInVietnamCountsInThatWeekThoughItIsStillSaturdayInUtc() {
        assertEquals(LocalDate.of(2026, 11, 30), Weeks.mondayOf(Instant.parse("2026-12-06T16:59:59Z")));
        assertEquals(LocalDate.of(2026, 12, 7), Weeks.mondayOf(Instant.parse("2026-12-06T17:00:00Z")));
        assertEquals(0, Weeks.number(LocalDate.of(1970, 1, 5)));
    }

    @Test
    void everyPeriodIsCoveredExactlyOnceByAFewBlocks() {
        for (int first = 2900; first < 3000; first++) {
            for (int last = first; last < first + 110; last++) {
                List<Integer> covered = new ArrayList<>();
                List<Weeks.Block> blocks = Weeks.cover(first, last);
                for (Weeks.Block b : blocks) {
                    int start = b.block() << b.level();
                    IntStream.range(start, start + (1 << b.level())).forEach(covered::add);
                }
                assertEquals(IntStream.rangeClosed(first, last).boxed().toList(), covered, first + ".." + last);
                assertTrue(blocks.size() <= 2 * Weeks.LEVELS + (last - first) / 32, blocks.toString());
            }
        }
    }
}
