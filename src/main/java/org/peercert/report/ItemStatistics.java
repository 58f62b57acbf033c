package org.peercert.report;

/**
 * R-TRN-2's item bank, as psychometrics reads it: an item's difficulty is the share of sittings that answered it
 * correctly; its discrimination is the point-biserial correlation between answering it correctly (0 or 1) and the rest
 * of the score (the sitting's correct answers less this one), so the item does not correlate with itself.
 *
 * <p>Built from sums a database adds up in one pass, with x the item's 0/1 and T the sitting's whole score:
 * n, Σx, ΣT, ΣT², ΣxT. With the rest score R = T − x: ΣR = ΣT − Σx, ΣR² = ΣT² − 2ΣxT + Σx (as x² = x), ΣxR = ΣxT − Σx.
 *
 * @param discrimination null when it cannot be told: every sitting answered alike, or every rest score is the same
 */
public record ItemStatistics(long answered, double difficulty, Double discrimination) {

    public static ItemStatistics of(long n, long sumCorrect, long sumScore, long sumScoreSquared, long sumCorrectTimesScore) {
        if (n == 0) {
            return new ItemStatistics(0, 0, null);
        }
        double sumRest = (double) sumScore - sumCorrect;
        double sumRestSquared = (double) sumScoreSquared - 2.0 * sumCorrectTimesScore + sumCorrect;
        double sumCorrectTimesRest = (double) sumCorrectTimesScore - sumCorrect;
        double covariance = n * sumCorrectTimesRest - (double) sumCorrect * sumRest;
        double varianceCorrect = n * (double) sumCorrect - (double) sumCorrect * sumCorrect;
        double varianceRest = n * sumRestSquared - sumRest * sumRest;
        Double r = varianceCorrect <= 0 || varianceRest <= 0 ? null : covariance / Math.sqrt(varianceCorrect * varianceRest);
        return new ItemStatistics(n, (double) sumCorrect / n, r);
    }

    /** Flagged for review: discrimination known and under the floor (a negative one, above all). */
    public boolean needsReview(double floor) {
        return discrimination != null && discrimination < floor;
    }
}
