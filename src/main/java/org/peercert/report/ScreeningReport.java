package org.peercert.report;

import static org.peercert.report.ReportCell.count;
import static org.peercert.report.ReportCell.share;
import static org.peercert.report.ReportCell.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckResult;
import org.peercert.background.exclusion.MatchStatus;
import org.peercert.platform.Words;
import org.peercert.report.ReportTable.Chart;

/**
 * Report 5, background and exclusion (R-BG-1..3): the checks recorded in the period by kind and result, the time staff
 * took to decide the checks that needed a decision, and the exclusion list matches raised, confirmed and dismissed.
 */
@ApplicationScoped
public class ScreeningReport {

    @Inject
    ReportQueries queries;

    public Report of(ReportFilter filter) {
        return new Report(ReportKind.SCREENING, filter, List.of(checks(filter), adjudications(filter), matches(filter)));
    }

    ReportTable checks(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "a.track", p);
        List<Object[]> counts = queries.rows("SELECT b.kind, b.result, COUNT(*) FROM background_check b JOIN certification_application a ON a.id = b.application_id"
                + ReportQueries.AREA_JOIN + "WHERE b.recorded_at >= :from AND b.recorded_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where + " GROUP BY b.kind, b.result", p);
        List<List<ReportCell>> rows = new ArrayList<>();
        for (CheckKind kind : CheckKind.values()) {
            List<ReportCell> row = new ArrayList<>();
            row.add(text(Words.of(kind)));
            long total = 0;
            for (CheckResult result : CheckResult.values()) {
                long n = counts.stream().filter(r -> kind.name().equals(r[0]) && result.name().equals(r[1])).mapToLong(r -> ReportQueries.count(r[2])).sum();
                total += n;
                row.add(count(n));
            }
            row.add(count(total));
            rows.add(row);
        }
        List<String> headings = new ArrayList<>(List.of("Check"));
        for (CheckResult result : CheckResult.values()) {
            headings.add(Words.of(result));
        }
        headings.add("All results");
        return new ReportTable("Background checks by result", headings, rows, Chart.of(Chart.Kind.BARS, 1, 2, 3),
                "Checks recorded in the period (R-BG-1, R-BG-2), for applications in the track and region chosen.");
    }

    ReportTable adjudications(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "a.track", p);
        List<Object[]> decided = queries.rows("SELECT b.adjudication, b.recorded_at, b.adjudicated_at FROM background_check b "
                + "JOIN certification_application a ON a.id = b.application_id" + ReportQueries.AREA_JOIN
                + "WHERE b.result = 'NEEDS_REVIEW' AND b.recorded_at >= :from AND b.recorded_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where, p);
        long cleared = 0;
        long disqualified = 0;
        List<Long> days = new ArrayList<>();
        for (Object[] d : decided) {
            if (d[0] == null) {
                continue;
            }
            if ("CLEARED".equals(d[0])) {
                cleared++;
            } else {
                disqualified++;
            }
            days.add(ChronoUnit.DAYS.between(ReportQueries.date(d[1]), ReportQueries.date(d[2])));
        }
        long all = decided.size();
        List<List<ReportCell>> rows = List.of(
                List.of(text("Needed a decision"), count(all), share(all, all)),
                List.of(text("Cleared"), count(cleared), share(cleared, all)),
                List.of(text("Disqualified"), count(disqualified), share(disqualified, all)),
                List.of(text("Still to decide"), count(all - cleared - disqualified), share(all - cleared - disqualified, all)),
                List.of(text("Median days to decide"), count(days.size()), Medians.cell(days)));
        return new ReportTable("Checks that needed a decision", List.of("", "Checks", "Share or median days"), rows, null,
                "Checks recorded in the period with a result that needed staff's decision, and how many days from recording to decision.");
    }

    ReportTable matches(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "a.track", p);
        List<Object[]> raised = queries.rows("SELECT m.status, m.raised_at, m.decided_at FROM exclusion_match m "
                + "JOIN certification_application a ON a.id = m.application_id" + ReportQueries.AREA_JOIN
                + "WHERE m.raised_at >= :from AND m.raised_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where, p);
        List<List<ReportCell>> rows = new ArrayList<>();
        for (MatchStatus status : MatchStatus.values()) {
            List<Long> days = raised.stream().filter(r -> status.name().equals(r[0]) && r[2] != null)
                    .map(r -> ChronoUnit.DAYS.between(ReportQueries.date(r[1]), ReportQueries.date(r[2]))).toList();
            long n = raised.stream().filter(r -> status.name().equals(r[0])).count();
            rows.add(List.of(text(Words.of(status)), count(n), share(n, raised.size()),
                    status == MatchStatus.OPEN ? new ReportCell.Measure(null, 0, 1) : Medians.cell(days)));
        }
        return new ReportTable("Exclusion list matches", List.of("Outcome", "Matches", "Share", "Median days to decide"), rows,
                Chart.of(Chart.Kind.BARS, 1), "Possible matches with the federal exclusion list raised in the period (R-BG-3), and what staff decided.");
    }
}
