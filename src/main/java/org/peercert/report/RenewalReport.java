package org.peercert.report;

import static org.peercert.report.ReportCell.count;
import static org.peercert.report.ReportCell.share;
import static org.peercert.report.ReportCell.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.applications.Track;
import org.peercert.applications.TrackTitles;
import org.peercert.report.ReportTable.Chart;

/**
 * Report 4, continuing education and renewal (R-CEU-1, R-CEU-2): of the certificates whose cycle ended in the period, how
 * many were renewed and how many expired; the CE hours reported in the period by category; audit outcomes; and the
 * expirations coming in each of the next twelve months from today.
 */
@ApplicationScoped
public class RenewalReport {

    private static final int MONTHS_AHEAD = 12;
    private static final String HOLDER_IN_FILTER = " AND EXISTS (SELECT 1 FROM certificate c JOIN certification_application a ON a.id = c.application_id"
            + ReportQueries.AREA_JOIN + "WHERE c.holder_id = ce.holder_id";

    @Inject
    ReportQueries queries;

    @Inject
    TrackTitles trackTitles;

    @Inject
    Clock clock;

    public Report of(ReportFilter filter) {
        return new Report(ReportKind.RENEWAL, filter, List.of(renewals(filter), ceByCategory(filter), audits(filter), expirations(filter)));
    }

    ReportTable renewals(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "c.track", p);
        String join = " JOIN certificate c ON c.id = x.certificate_id JOIN certification_application a ON a.id = c.application_id" + ReportQueries.AREA_JOIN;
        List<Object[]> counts = queries.rows("SELECT c.track, x.status, COUNT(*) FROM renewal x" + join
                + "WHERE x.cycle_expires_on BETWEEN :from AND :to" + where + " GROUP BY c.track, x.status"
                + " UNION ALL SELECT c.track, 'EXPIRED', COUNT(*) FROM certificate_status_entry x" + join
                + "WHERE x.status = 'EXPIRED' AND x.effective_on BETWEEN :from AND :to" + where + " GROUP BY c.track", p);
        List<List<ReportCell>> rows = new ArrayList<>();
        long[] all = new long[3];
        for (Track track : Track.values()) {
            long renewed = sum(counts, track, "APPROVED");
            long expired = sum(counts, track, "EXPIRED");
            long waiting = sum(counts, track, "SUBMITTED") + sum(counts, track, "RETURNED");
            all[0] += renewed;
            all[1] += expired;
            all[2] += waiting;
            rows.add(List.of(text(trackTitles.title(track)), count(renewed), count(expired), count(waiting), share(renewed, renewed + expired)));
        }
        rows.add(List.of(text("Both tracks"), count(all[0]), count(all[1]), count(all[2]), share(all[0], all[0] + all[1])));
        return new ReportTable("Renewals", List.of("Track", "Renewed", "Expired", "Waiting for a decision", "Renewal rate"), rows,
                Chart.of(Chart.Kind.BARS, 1, 2, 3).withoutLastRow(), "Certificates whose two-year cycle ended in the period: renewed (renewal approved), expired, or "
                        + "with a renewal still to be decided. The rate is renewed of renewed and expired.");
    }

    private static long sum(List<Object[]> counts, Track track, String status) {
        return counts.stream().filter(r -> track.name().equals(r[0]) && status.equals(r[1])).mapToLong(r -> ReportQueries.count(r[2])).sum();
    }

    ReportTable ceByCategory(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "c.track", p);
        String holder = where.isEmpty() ? "" : HOLDER_IN_FILTER + where + ")";
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Object[] r : queries.rows("SELECT k.name, COUNT(*), COUNT(DISTINCT ce.holder_id), SUM(ce.hours), SUM(ce.verified) FROM ce_activity ce "
                + "JOIN ce_category k ON k.id = ce.category_id WHERE ce.completed_on BETWEEN :from AND :to" + holder
                + " GROUP BY k.id, k.name ORDER BY SUM(ce.hours) DESC, k.name", p)) {
            long activities = ReportQueries.count(r[1]);
            long people = ReportQueries.count(r[2]);
            rows.add(List.of(text((String) r[0]), count(activities), count(people), new ReportCell.Measure(((Number) r[3]).doubleValue(), people, 1),
                    share(ReportQueries.count(r[4]), activities)));
        }
        return new ReportTable("Continuing education by category", List.of("Category", "Activities", "People", "Hours", "Reported by a provider"), rows,
                Chart.of(Chart.Kind.BARS_ACROSS, 3), "CE completed in the period, by category; provider-reported records are verified at the source.");
    }

    ReportTable audits(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "c.track", p);
        String holder = where.isEmpty() ? "" : HOLDER_IN_FILTER + where + ")";
        Object[] renewals = queries.rows("SELECT COUNT(*), SUM(x.status = 'APPROVED'), SUM(x.status = 'RETURNED') FROM renewal x "
                + "JOIN certificate c ON c.id = x.certificate_id JOIN certification_application a ON a.id = c.application_id" + ReportQueries.AREA_JOIN
                + "WHERE x.audited AND x.submitted_at >= :from AND x.submitted_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where, p).get(0);
        Object[] records = queries.rows("SELECT SUM(ce.audit_verdict = 'ACCEPTED'), SUM(ce.audit_verdict = 'REJECTED') FROM ce_activity ce "
                + "WHERE ce.audit_verdict IS NOT NULL AND ce.completed_on BETWEEN :from AND :to" + holder, p).get(0);
        long audited = ReportQueries.count(renewals[0]);
        List<List<ReportCell>> rows = List.of(
                List.of(text("Renewals chosen for audit"), count(audited), share(audited, audited)),
                List.of(text("Audited renewals approved"), count(ReportQueries.count(renewals[1])), share(ReportQueries.count(renewals[1]), audited)),
                List.of(text("Audited renewals returned"), count(ReportQueries.count(renewals[2])), share(ReportQueries.count(renewals[2]), audited)),
                List.of(text("CE records accepted at audit"), count(ReportQueries.count(records[0])),
                        share(ReportQueries.count(records[0]), ReportQueries.count(records[0]) + ReportQueries.count(records[1]))),
                List.of(text("CE records rejected at audit"), count(ReportQueries.count(records[1])),
                        share(ReportQueries.count(records[1]), ReportQueries.count(records[0]) + ReportQueries.count(records[1]))));
        return new ReportTable("CE audits", List.of("Outcome", "Number", "Share"), rows, null,
                "Renewals submitted in the period that were chosen for a CE audit, and the CE records of the period that an audit judged.");
    }

    ReportTable expirations(ReportFilter filter) {
        YearMonth first = YearMonth.from(LocalDate.now(clock));
        Map<String, Object> p = new HashMap<>();
        p.put("from", first.atDay(1));
        p.put("to", first.plusMonths(MONTHS_AHEAD - 1L).atEndOfMonth());
        String where = ReportQueries.trackAndRegion(filter, "c.track", p);
        List<Object[]> due = queries.rows("SELECT DATE_FORMAT(c.expires_on, '%Y-%m'), COUNT(*), SUM(EXISTS (SELECT 1 FROM renewal x "
                + "WHERE x.certificate_id = c.id AND x.cycle_expires_on = c.expires_on)) FROM certificate c "
                + "JOIN certification_application a ON a.id = c.application_id" + ReportQueries.AREA_JOIN
                + "WHERE c.status IN ('ACTIVE', 'SUSPENDED') AND c.expires_on BETWEEN :from AND :to" + where + " GROUP BY 1", p);
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < MONTHS_AHEAD; i++) {
            String month = first.plusMonths(i).toString();
            Object[] found = due.stream().filter(r -> month.equals(r[0])).findFirst().orElse(new Object[] {month, 0, 0});
            rows.add(List.of(text(Reports.month(first.plusMonths(i))), count(ReportQueries.count(found[1])), count(ReportQueries.count(found[2]))));
        }
        return new ReportTable("Expirations in the next twelve months", List.of("Month", "Certificates expiring", "Renewal already submitted"), rows,
                Chart.of(Chart.Kind.BARS, 1, 2), "Active and suspended certificates by the month they expire, from this month on (whatever the period).");
    }
}
