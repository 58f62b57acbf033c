package org.peercert.report;

import static org.peercert.report.ReportCell.count;
import static org.peercert.report.ReportCell.share;
import static org.peercert.report.ReportCell.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peercert.applications.ApplicationPolicy;
import org.peercert.applications.Track;
import org.peercert.applications.TrackTitles;
import org.peercert.platform.BusinessCalendar;
import org.peercert.platform.Words;
import org.peercert.report.Pipeline.Journey;
import org.peercert.report.Pipeline.Span;
import org.peercert.report.Pipeline.Stage;
import org.peercert.report.ReportTable.Chart;

/**
 * Report 2, the pipeline: the applications started in the period followed to where they are now (a funnel), how long
 * each stage took, how many decisions came after their target date, by track, and month by month what happened.
 */
@ApplicationScoped
public class PipelineReport {

    @Inject
    ReportQueries queries;

    @Inject
    TrackTitles trackTitles;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ApplicationPolicy applicationPolicy;

    public Report of(ReportFilter filter) {
        List<Journey> journeys = journeys(filter);
        return new Report(ReportKind.PIPELINE, filter, List.of(funnel(filter, journeys), stageDays(journeys), byTrack(journeys), byMonth(filter)));
    }

    /** Applications started in the period (index ix_application_created), each with the day it reached each stage. */
    List<Journey> journeys(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "a.track", p);
        List<Journey> journeys = new ArrayList<>();
        for (Object[] r : queries.rows("SELECT a.track, a.created_at, a.submitted_at, COALESCE(a.resubmitted_at, a.submitted_at), "
                + "CASE WHEN a.status IN ('ELIGIBLE', 'DENIED') THEN a.decided_at END, a.status = 'ELIGIBLE', tc.completed_on, "
                + "(SELECT MIN(s.sat_on) FROM exam_sitting s WHERE s.applicant_id = a.applicant_id AND s.passed IS NOT NULL), "
                + "(SELECT MIN(s.sat_on) FROM exam_sitting s WHERE s.applicant_id = a.applicant_id AND s.passed), c.issued_on "
                + "FROM certification_application a LEFT JOIN training_completion tc ON tc.applicant_id = a.applicant_id "
                + "LEFT JOIN certificate c ON c.application_id = a.id" + ReportQueries.AREA_JOIN
                + "WHERE a.created_at >= :from AND a.created_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where, p)) {
            journeys.add(new Journey(Track.valueOf((String) r[0]), ReportQueries.date(r[1]), ReportQueries.date(r[2]), ReportQueries.date(r[3]),
                    ReportQueries.date(r[4]), ReportQueries.count(r[5]) == 1, ReportQueries.date(r[6]), ReportQueries.date(r[7]),
                    ReportQueries.date(r[8]), ReportQueries.date(r[9])));
        }
        return journeys;
    }

    ReportTable funnel(ReportFilter filter, List<Journey> journeys) {
        long started = journeys.size();
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long reached = Pipeline.reached(journeys, stage);
            rows.add(List.of(text(Words.of(stage)), count(reached), share(reached, started)));
        }
        return new ReportTable("From application to certificate", List.of("Stage reached", "Applications", "Share of those started"), rows,
                Chart.of(Chart.Kind.BARS_ACROSS, 1), "Applications started from " + Reports.day(filter.from()) + " to " + Reports.day(filter.to())
                        + ", and how many of them have reached each stage by today. Training, test and certificate count for eligible applications.");
    }

    ReportTable stageDays(List<Journey> journeys) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Span span : Span.values()) {
            List<Long> days = Pipeline.days(journeys, span);
            rows.add(List.of(text(Words.of(span)), count(days.size()), Medians.cell(days)));
        }
        long[] late = Pipeline.lateDecisions(journeys, calendar, applicationPolicy.serviceLevelBusinessDays());
        rows.add(List.of(text("Decided after the target date"), count(late[0]), share(late[1], late[0])));
        return new ReportTable("Days in each stage", List.of("Stage", "Applications", "Median days"), rows, null,
                "Median calendar days for the applications above that went through each stage. The target decision date is "
                        + applicationPolicy.serviceLevelBusinessDays() + " business days after the last submission; "
                        + "the last line gives the share of decisions made after it.");
    }

    ReportTable byTrack(List<Journey> journeys) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Track track : Track.values()) {
            List<Journey> ofTrack = journeys.stream().filter(j -> j.track() == track).toList();
            long started = ofTrack.size();
            rows.add(List.of(text(trackTitles.title(track)), count(started), count(Pipeline.reached(ofTrack, Stage.SUBMITTED)),
                    count(Pipeline.reached(ofTrack, Stage.ELIGIBLE)), count(Pipeline.reached(ofTrack, Stage.CERTIFIED)),
                    share(Pipeline.reached(ofTrack, Stage.CERTIFIED), started), Medians.cell(Pipeline.days(ofTrack, Span.WHOLE))));
        }
        return new ReportTable("By track", List.of("Track", "Started", "Submitted", "Eligible", "Certified", "Certified of started",
                "Median days to certificate"), rows, Chart.of(Chart.Kind.BARS, 1, 2, 3, 4), "The same applications, by the track applied for.");
    }

    ReportTable byMonth(ReportFilter filter) {
        Map<String, Object> p = ReportQueries.period(filter);
        String where = ReportQueries.trackAndRegion(filter, "a.track", p);
        String from = " FROM certification_application a" + ReportQueries.AREA_JOIN;
        List<Object[]> events = queries.rows(
                "SELECT 'STARTED', DATE_FORMAT(a.created_at, '%Y-%m'), COUNT(*)" + from
                        + "WHERE a.created_at >= :from AND a.created_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where + " GROUP BY 2"
                        + " UNION ALL SELECT 'SUBMITTED', DATE_FORMAT(a.submitted_at, '%Y-%m'), COUNT(*)" + from
                        + "WHERE a.submitted_at >= :from AND a.submitted_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where + " GROUP BY 2"
                        + " UNION ALL SELECT 'ELIGIBLE', DATE_FORMAT(a.decided_at, '%Y-%m'), COUNT(*)" + from
                        + "WHERE a.status = 'ELIGIBLE' AND a.decided_at >= :from AND a.decided_at < DATE_ADD(:to, INTERVAL 1 DAY)" + where + " GROUP BY 2"
                        + " UNION ALL SELECT 'CERTIFIED', DATE_FORMAT(c.issued_on, '%Y-%m'), COUNT(*) FROM certificate c "
                        + "JOIN certification_application a ON a.id = c.application_id" + ReportQueries.AREA_JOIN
                        + "WHERE c.issued_on BETWEEN :from AND :to" + where + " GROUP BY 2", p);
        List<String> columns = List.of("STARTED", "SUBMITTED", "ELIGIBLE", "CERTIFIED");
        List<List<ReportCell>> rows = MonthlyCounts.rows(filter, events, columns);
        return new ReportTable("Month by month", List.of("Month", "Started", "Submitted", "Found eligible", "Certified"), rows,
                Chart.of(Chart.Kind.BARS, 1, 2, 3, 4), "What happened in each month of the period, whenever the application was started.");
    }
}
