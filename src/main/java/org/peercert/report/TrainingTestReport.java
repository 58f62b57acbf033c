package org.peercert.report;

import static org.peercert.report.ReportCell.count;
import static org.peercert.report.ReportCell.share;
import static org.peercert.report.ReportCell.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peercert.exam.PerformanceDomain;
import org.peercert.platform.Words;
import org.peercert.report.ReportTable.Chart;

/**
 * Report 3, training and test: basic training completion for the cohorts that ended in the period, by cohort and by
 * trainer (R-TRN-1); the written test's pass rates, first attempts and retakes, overall and per performance domain
 * (R-TRN-2); and each item's difficulty and discrimination, with weak items flagged for the item bank's review.
 * Cohorts and the test are shared by both tracks and every region, so the track and region filters do not apply here.
 */
@ApplicationScoped
public class TrainingTestReport {

    private static final int STEM_SHOWN = 90;

    @Inject
    ReportQueries queries;

    @Inject
    ReportPolicy policy;

    public Report of(ReportFilter filter) {
        List<Object[]> cohorts = cohorts(filter);
        return new Report(ReportKind.TRAINING_AND_TEST, filter, List.of(byCohort(cohorts), byTrainer(cohorts), passRates(filter),
                byDomain(filter), items(filter)));
    }

    /** Cohorts ending in the period: title, end, lead trainer, people seated (withdrawn included), completed there, confirmed. */
    private List<Object[]> cohorts(ReportFilter filter) {
        return queries.rows("SELECT c.title, c.ends_on, CONCAT(u.first_name, ' ', u.last_name), "
                + "(SELECT COUNT(*) FROM cohort_enrolment e WHERE e.cohort_id = c.id AND e.status IN ('ENROLLED', 'WITHDRAWN')), "
                + "(SELECT COUNT(*) FROM training_completion t WHERE t.cohort_id = c.id), c.results_confirmed_at IS NOT NULL "
                + "FROM cohort c JOIN user_account u ON u.id = c.trainer_id WHERE c.ends_on BETWEEN :from AND :to ORDER BY c.ends_on, c.id",
                Map.of("from", filter.from(), "to", filter.to()));
    }

    ReportTable byCohort(List<Object[]> cohorts) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Object[] c : cohorts) {
            long seated = ReportQueries.count(c[3]);
            long completed = ReportQueries.count(c[4]);
            rows.add(List.of(text((String) c[0]), text(Reports.day(ReportQueries.date(c[1]))), text((String) c[2]), count(seated), count(completed),
                    share(completed, seated), text(ReportQueries.count(c[5]) == 1 ? "Confirmed" : "Not confirmed yet")));
        }
        return new ReportTable("Completion by cohort", List.of("Cohort", "Ended", "Lead trainer", "Seated", "Completed", "Completion rate", "Results"),
                rows, null, "Cohorts that ended in the period. Completed: people whose basic training was complete with this cohort's "
                        + "confirmed results (a make-up counts in the cohort where it was made up).");
    }

    ReportTable byTrainer(List<Object[]> cohorts) {
        Map<String, long[]> byTrainer = new LinkedHashMap<>();
        for (Object[] c : cohorts) {
            long[] sums = byTrainer.computeIfAbsent((String) c[2], t -> new long[3]);
            sums[0]++;
            sums[1] += ReportQueries.count(c[3]);
            sums[2] += ReportQueries.count(c[4]);
        }
        List<List<ReportCell>> rows = new ArrayList<>();
        byTrainer.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, long[]> t) -> -t.getValue()[1])
                .thenComparing(Map.Entry::getKey)).forEach(t -> rows.add(List.of(text(t.getKey()), count(t.getValue()[0]),
                count(t.getValue()[1]), count(t.getValue()[2]), share(t.getValue()[2], t.getValue()[1]))));
        return new ReportTable("Completion by trainer", List.of("Lead trainer", "Cohorts", "Seated", "Completed", "Completion rate"), rows,
                Chart.of(Chart.Kind.BARS_ACROSS, 2, 3), "The same cohorts, by their lead trainer, the most people seated first (the chart "
                        + "shows the first " + Chart.MOST_ROWS_DRAWN + ").");
    }

    ReportTable passRates(ReportFilter filter) {
        List<Object[]> attempts = queries.rows("SELECT s.attempt_no = 1, COUNT(*), SUM(s.passed) FROM exam_sitting s "
                + "WHERE s.passed IS NOT NULL AND s.sat_on BETWEEN :from AND :to GROUP BY 1", Map.of("from", filter.from(), "to", filter.to()));
        long[] first = new long[2];
        long[] retakes = new long[2];
        for (Object[] a : attempts) {
            long[] into = ReportQueries.count(a[0]) == 1 ? first : retakes;
            into[0] = ReportQueries.count(a[1]);
            into[1] = ReportQueries.count(a[2]);
        }
        List<List<ReportCell>> rows = List.of(
                List.of(text("First attempts"), count(first[0]), count(first[1]), share(first[1], first[0])),
                List.of(text("Retakes"), count(retakes[0]), count(retakes[1]), share(retakes[1], retakes[0])),
                List.of(text("All attempts"), count(first[0] + retakes[0]), count(first[1] + retakes[1]), share(first[1] + retakes[1], first[0] + retakes[0])));
        return new ReportTable("Written test pass rates", List.of("Attempts", "Taken", "Passed", "Pass rate"), rows, Chart.of(Chart.Kind.BARS, 1, 2).withoutLastRow(),
                "Tests scored in the period, online and on paper.");
    }

    ReportTable byDomain(ReportFilter filter) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Object[] d : queries.rows("SELECT d.domain, COUNT(*), SUM(d.correct), SUM(d.total), SUM(d.correct * 100 >= s.pass_mark * d.total) "
                + "FROM exam_domain_score d JOIN exam_sitting s ON s.id = d.sitting_id WHERE s.passed IS NOT NULL AND s.sat_on BETWEEN :from AND :to "
                + "GROUP BY d.domain ORDER BY d.domain", Map.of("from", filter.from(), "to", filter.to()))) {
            long sittings = ReportQueries.count(d[1]);
            rows.add(List.of(text(Words.of(PerformanceDomain.valueOf((String) d[0]))), count(sittings),
                    share(ReportQueries.count(d[2]), ReportQueries.count(d[3])), share(ReportQueries.count(d[4]), sittings)));
        }
        return new ReportTable("By performance domain", List.of("Domain", "Tests", "Answers correct", "Tests at the pass mark in this domain"), rows,
                Chart.of(Chart.Kind.BARS, 2, 3), "Online tests scored in the period, per performance domain of the item bank.");
    }

    ReportTable items(ReportFilter filter) {
        double floor = policy.itemDiscriminationFloor();
        List<Object[]> items = queries.rows("SELECT i.id, i.domain, i.stem, COUNT(*), SUM(r.x), SUM(r.t), SUM(r.t * r.t), SUM(r.x * r.t) "
                + "FROM (SELECT si.item_id, (si.chosen_option <=> it.correct_option) AS x, s.items_correct AS t FROM exam_sitting s "
                + "JOIN exam_sitting_item si ON si.sitting_id = s.id JOIN exam_item it ON it.id = si.item_id "
                + "WHERE s.passed IS NOT NULL AND s.mode = 'ONLINE' AND s.sat_on BETWEEN :from AND :to) r "
                + "JOIN exam_item i ON i.id = r.item_id GROUP BY i.id, i.domain, i.stem", Map.of("from", filter.from(), "to", filter.to()));
        record Row(Object[] item, ItemStatistics stats) {
        }
        List<Row> analysed = items.stream().map(i -> new Row(i, ItemStatistics.of(ReportQueries.count(i[3]), ReportQueries.count(i[4]),
                ReportQueries.count(i[5]), ReportQueries.count(i[6]), ReportQueries.count(i[7])))).sorted(Comparator
                .comparing((Row r) -> !r.stats().needsReview(floor))
                .thenComparing(r -> r.stats().discrimination() == null ? Double.MAX_VALUE : r.stats().discrimination())).toList();
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Row r : analysed) {
            ItemStatistics s = r.stats();
            rows.add(List.of(text("Item " + r.item()[0]), text(Words.of(PerformanceDomain.valueOf((String) r.item()[1]))), text(stem((String) r.item()[2])),
                    count(s.answered()), share(Math.round(s.difficulty() * s.answered()), s.answered()),
                    new ReportCell.Measure(s.discrimination(), s.answered(), 2), text(s.needsReview(floor) ? "Review" : "")));
        }
        return new ReportTable("Test items", List.of("Item", "Domain", "Question", "Answered", "Answered correctly", "Discrimination", "Flag"), rows, null,
                "Each item answered in the period's online tests. Discrimination is the correlation between answering the item correctly and the "
                        + "rest of the score; items under " + floor + " are flagged for the item bank's review, the lowest first.");
    }

    private static String stem(String stem) {
        return stem.length() <= STEM_SHOWN ? stem : stem.substring(0, STEM_SHOWN - 1).strip() + "…";
    }
}
