package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** R-TRN-2 item analysis: difficulty and point-biserial discrimination from one pass of sums, as the textbook defines them. */
class ItemStatisticsTest {

    /** The textbook way: Pearson's r between the item's 0/1 and the rest score, computed from the data itself. */
    private static double pearson(int[] item, int[] rest) {
        int n = item.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += item[i];
            my += rest[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (item[i] - mx) * (rest[i] - my);
            sxx += (item[i] - mx) * (item[i] - mx);
            syy += (rest[i] - my) * (rest[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static ItemStatistics fromSums(int[] item, int[] total) {
        long sx = 0;
        long sT = 0;
        long sT2 = 0;
        long sxT = 0;
        for (int i = 0; i < item.length; i++) {
            sx += item[i];
            sT += total[i];
            sT2 += (long) total[i] * total[i];
            sxT += (long) item[i] * total[i];
        }
        return ItemStatistics.of(item.length, sx, sT, sT2, sxT);
    }

    @Test
    void theSumsGiveTheSameCorrelationAsTheRestScoreComputedOneByOne() {
        Random random = new Random(25);
        for (int trial = 0; trial < 50; trial++) {
            int n = 5 + random.nextInt(200);
            int[] item = new int[n];
            int[] total = new int[n];
            int[] rest = new int[n];
            for (int i = 0; i < n; i++) {
                rest[i] = random.nextInt(40);
                item[i] = random.nextDouble() < 0.2 + rest[i] / 60.0 ? 1 : 0;
                total[i] = rest[i] + item[i];
            }
            ItemStatistics stats = fromSums(item, total);
            double p = (double) java.util.Arrays.stream(item).sum() / n;
            assertEquals(p, stats.difficulty(), 1e-12);
            if (stats.discrimination() != null) {
                assertEquals(pearson(item, rest), stats.discrimination(), 1e-9, "trial " + trial);
            }
        }
    }

    @Test
    void anItemTheStrongAnswerAndTheWeakMissDiscriminatesWell() {
        ItemStatistics stats = fromSums(new int[] {1, 1, 1, 0, 0, 0}, new int[] {40, 38, 35, 12, 10, 8});
        assertEquals(0.5, stats.difficulty(), 1e-12);
        assertTrue(stats.discrimination() > 0.9, "r = " + stats.discrimination());
        assertFalse(stats.needsReview(0.2));
    }

    @Test
    void anItemTheWeakAnswerAndTheStrongMissIsFlaggedForReview() {
        ItemStatistics stats = fromSums(new int[] {0, 0, 0, 1, 1, 1}, new int[] {39, 37, 34, 13, 11, 9});
        assertTrue(stats.discrimination() < 0, "r = " + stats.discrimination());
        assertTrue(stats.needsReview(0.2));
    }

    @Test
    void anItemEveryoneAnsweredAlikeHasNoDiscriminationToTellAndIsNotFlagged() {
        ItemStatistics stats = fromSums(new int[] {1, 1, 1, 1}, new int[] {30, 20, 25, 10});
        assertEquals(1.0, stats.difficulty(), 1e-12);
        assertNull(stats.discrimination());
        assertFalse(stats.needsReview(0.2));
        assertNull(ItemStatistics.of(0, 0, 0, 0, 0).discrimination());
    }
}
