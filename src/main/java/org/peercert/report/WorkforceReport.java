package org.peercert.report;

import static org.peercert.report.ReportCell.count;
import static org.peercert.report.ReportCell.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.applications.Track;
import org.peercert.applications.TrackTitles;
import org.peercert.report.ReportTable.Chart;

/**
 * Report 1, the workforce: who holds an active certificate on the period's last day (by track, county and region, and
 * agency), and month by month how many certificates were issued, renewed, suspended, expired, revoked or made inactive.
 * A certificate's standing on a day comes from its status history (the entry in force that day), so a past period shows
 * the workforce as it was. Counts are of people. For an agency's administrator, the same figures for the people on
 * the agency's roster.
 */
@ApplicationScoped
public class WorkforceReport {

    /** The status in force on :to, from the status history (index ix_certificate_status_entry_day). */
    private static final String ACTIVE_ON_LAST_DAY = " c.issued_on <= :to AND (SELECT e.status FROM certificate_status_entry e "
            + "WHERE e.certificate_id = c.id AND e.effective_on <= :to ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) = 'ACTIVE' ";
    private static final int AGENCIES_SHOWN = 25;
    static final String NOT_LISTED = "Not listed";

    @Inject
    ReportQueries queries;

    @Inject
    TrackTitles trackTitles;

    public Report of(ReportFilter filter) {
        if (filter.agencyId() != null) {
            return new Report(ReportKind.WORKFORCE, filter, List.of(byTrack(filter), byRegion(filter), byCounty(filter), byMonth(filter)));
        }
        return new Report(ReportKind.WORKFORCE, filter, List.of(byTrack(filter), byRegion(filter), byCounty(filter), byAgency(filter),
                byMonth(filter)));
    }

    private List<Object[]> activeBy(ReportFilter filter, String groupColumns) {
        Map<String, Object> p = new HashMap<>();
        p.put("to", filter.to());
        String where = ReportQueries.trackAndRegion(filter, "c.track", p);
        return queries.rows("SELECT " + groupColumns + ", COUNT(DISTINCT c.holder_id) FROM certificate c "
                + "JOIN certification_application a ON a.id = c.application_id" + ReportQueries.AREA_JOIN
                + "WHERE" + ACTIVE_ON_LAST_DAY + where + " GROUP BY " + groupColumns + " ORDER BY COUNT(DISTINCT c.holder_id) DESC, " + groupColumns, p);
    }

    ReportTable byTrack(ReportFilter filter) {
        List<Object[]> counted = activeBy(filter, "c.track");
        List<List<ReportCell>> rows = new ArrayList<>();
        long total = 0;
        for (Track track : Track.values()) {
            if (filter.track() != null && filter.track() != track) {
                continue;
            }
            long people = counted.stream().filter(r -> track.name().equals(r[0])).mapToLong(r -> ReportQueries.count(r[1])).sum();
            total += people;
            rows.add(List.of(text(trackTitles.title(track)), count(people)));
        }
        rows.add(List.of(text("All tracks"), count(total)));
        return new ReportTable("Active certificants by track", List.of("Track", "People"), rows, Chart.of(Chart.Kind.BARS, 1).withoutLastRow(),
                "People holding an active certificate on " + Reports.day(filter.to()) + ". Someone certified in both tracks counts in each.");
    }

    ReportTable byRegion(ReportFilter filter) {
        List<List<ReportCell>> rows = activeBy(filter, "pa.region").stream()
                .map(r -> List.<ReportCell>of(text(r[0] == null ? NOT_LISTED : (String) r[0]), count(ReportQueries.count(r[1])))).toList();
        return new ReportTable("Active certificants by region", List.of("Region", "People"), rows, Chart.of(Chart.Kind.BARS_ACROSS, 1),
                "Region of the address on the certificate's application, from the office's list of postal codes; "
                        + "\"" + NOT_LISTED + "\" where the code is not on it.");
    }

    ReportTable byCounty(ReportFilter filter) {
        List<List<ReportCell>> rows = activeBy(filter, "pa.county, pa.region").stream()
                .map(r -> List.<ReportCell>of(text(r[0] == null ? NOT_LISTED : (String) r[0]), text(r[1] == null ? NOT_LISTED : (String) r[1]),
                        count(ReportQueries.count(r[2])))).toList();
        return new ReportTable("Active certificants by county", List.of("County", "Region", "People"), rows, null,
                "County of the address on the certificate's application.");
    }

    ReportTable byAgency(ReportFilter filter) {
        Map<String, Object> p = new HashMap<>();
        p.put("to", filter.to());
        String where = ReportQueries.trackAndRegion(filter, "c.track", p);
        List<Object[]> agencies = queries.rows("SELECT ag.legal_name, COUNT(DISTINCT c.holder_id) FROM roster_entry r JOIN agency ag ON ag.id = r.agency_id "
                + "JOIN certificate c ON c.id = r.certificate_id JOIN certification_application a ON a.id = c.application_id" + ReportQueries.AREA_JOIN
                + "WHERE" + ACTIVE_ON_LAST_DAY + where + " GROUP BY ag.id, ag.legal_name ORDER BY COUNT(DISTINCT c.holder_id) DESC, ag.legal_name", p);
        Object[] unlisted = queries.rows("SELECT COUNT(DISTINCT c.holder_id), 0 FROM certificate c JOIN certification_application a ON a.id = c.application_id"
                + ReportQueries.AREA_JOIN + "WHERE" + ACTIVE_ON_LAST_DAY + where
                + " AND NOT EXISTS (SELECT 1 FROM roster_entry r WHERE r.certificate_id = c.id)", p).get(0);
        List<List<ReportCell>> rows = new ArrayList<>();
        long others = 0;
        for (int i = 0; i < agencies.size(); i++) {
            long people = ReportQueries.count(agencies.get(i)[1]);
            if (i < AGENCIES_SHOWN) {
                rows.add(List.of(text((String) agencies.get(i)[0]), count(people)));
            } else {
                others += people;
            }
        }
        if (agencies.size() > AGENCIES_SHOWN) {
            rows.add(List.of(text((agencies.size() - AGENCIES_SHOWN) + " other agencies"), count(others)));
        }
        rows.add(List.of(text("On no agency's roster"), count(ReportQueries.count(unlisted[0]))));
        int summaryRows = agencies.size() > AGENCIES_SHOWN ? 2 : 1;
        return new ReportTable("Active certificants by agency", List.of("Agency", "People"), rows,
                Chart.of(Chart.Kind.BARS_ACROSS, 1).withoutLastRows(summaryRows),
                "Agencies' rosters as they stand today, with the people on them holding an active certificate on "
                        + Reports.day(filter.to()) + ". Someone on two rosters counts at each.");
    }

    ReportTable byMonth(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "c.track", p);
        String join = " JOIN certification_application a ON a.id = c.application_id" + ReportQueries.AREA_JOIN;
        List<Object[]> events = queries.rows("SELECT 'ISSUED', DATE_FORMAT(c.issued_on, '%Y-%m'), COUNT(*) FROM certificate c" + join
                + "WHERE c.issued_on BETWEEN :from AND :to" + where + " GROUP BY 2"
                + " UNION ALL SELECT 'RENEWED', DATE_FORMAT(rn.decided_at, '%Y-%m'), COUNT(*) FROM renewal rn JOIN certificate c ON c.id = rn.certificate_id" + join
                + "WHERE rn.status = 'APPROVED' AND rn.decided_at >= :from AND rn.decided_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where + " GROUP BY 2"
                + " UNION ALL SELECT e.status, DATE_FORMAT(e.effective_on, '%Y-%m'), COUNT(*) FROM certificate_status_entry e "
                + "JOIN certificate c ON c.id = e.certificate_id" + join
                + "WHERE e.effective_on BETWEEN :from AND :to AND e.status <> 'ACTIVE'" + where + " GROUP BY 1, 2", p);
        List<String> columns = List.of("ISSUED", "RENEWED", "SUSPENDED", "EXPIRED", "REVOKED", "INACTIVE");
        List<List<ReportCell>> rows = MonthlyCounts.rows(filter, events, columns);
        return new ReportTable("Certificates month by month", List.of("Month", "New", "Renewed", "Suspended", "Expired", "Revoked", "Inactive"), rows,
                Chart.of(Chart.Kind.LINES, 1, 2, 3, 4, 5, 6),
                "Certificates issued, renewals approved, and certificates whose status changed, in each month of the period.");
    }
}
