package org.peercert.report;

import static org.peercert.report.ReportCell.count;
import static org.peercert.report.ReportCell.share;
import static org.peercert.report.ReportCell.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peercert.network.NetworkPolicy;
import org.peercert.network.RequestStatus;
import org.peercert.network.committee.Outcome;
import org.peercert.platform.BusinessCalendar;
import org.peercert.platform.Words;
import org.peercert.report.ReportTable.Chart;

/**
 * Report 6, network credentialing (R-NET-1..5): the agencies' requests received in the period by where they stand, how
 * fast the network acknowledged them against its clock of business days (R-NET-5), and the committee's decisions by
 * month (R-NET-3). Requests are agencies', not people's: the track and region filters do not apply.
 */
@ApplicationScoped
public class NetworkReport {

    @Inject
    ReportQueries queries;

    @Inject
    NetworkPolicy policy;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public Report of(ReportFilter filter) {
        List<Object[]> received = queries.rows("SELECT r.status, r.received_on, (SELECT MIN(ev.occurred_at) FROM audit_event ev "
                + "WHERE ev.subject = CONCAT('network request ', r.id) AND ev.action = 'NETWORK_REQUEST_ACKNOWLEDGED') "
                + "FROM network_request r WHERE r.received_on BETWEEN :from AND :to", Map.of("from", filter.from(), "to", filter.to()));
        return new Report(ReportKind.NETWORK, filter, List.of(byStatus(received), acknowledgement(received), decisions(filter)));
    }

    ReportTable byStatus(List<Object[]> received) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            long n = received.stream().filter(r -> status.name().equals(r[0])).count();
            if (n > 0 || status != RequestStatus.DRAFT) {
                rows.add(List.of(text(Words.of(status)), count(n), share(n, received.size())));
            }
        }
        return new ReportTable("Requests by where they stand", List.of("Where the request stands today", "Requests", "Share"), rows,
                Chart.of(Chart.Kind.BARS_ACROSS, 1), "Credentialing requests the network received in the period.");
    }

    ReportTable acknowledgement(List<Object[]> received) {
        int days = policy.responseBusinessDays();
        LocalDate today = LocalDate.now(clock);
        long acknowledged = 0;
        long onTime = 0;
        long waitingPastDue = 0;
        for (Object[] r : received) {
            LocalDate receivedOn = ReportQueries.date(r[1]);
            LocalDate acknowledgedOn = ReportQueries.date(r[2]);
            if (acknowledgedOn != null) {
                acknowledged++;
                if (!calendar.isOverdue(receivedOn, days, acknowledgedOn)) {
                    onTime++;
                }
            } else if ("SUBMITTED".equals(r[0]) && calendar.isOverdue(receivedOn, days, today)) {
                waitingPastDue++;
            }
        }
        List<List<ReportCell>> rows = List.of(
                List.of(text("Acknowledged"), count(acknowledged), share(acknowledged, received.size())),
                List.of(text("Within " + days + " business days"), count(onTime), share(onTime, acknowledged)),
                List.of(text("Later than that"), count(acknowledged - onTime), share(acknowledged - onTime, acknowledged)),
                List.of(text("Waiting past the " + days + " business days today"), count(waitingPastDue), share(waitingPastDue, received.size())));
        return new ReportTable("Acknowledgement on time", List.of("", "Requests", "Share"), rows, null,
                "R-NET-5: a complete request is acted on within " + days + " business days of receipt. Acknowledged: the first acknowledgement.");
    }

    ReportTable decisions(ReportFilter filter) {
        List<Object[]> events = queries.rows("SELECT i.outcome, DATE_FORMAT(m.meets_on, '%Y-%m'), COUNT(*) FROM committee_item i "
                + "JOIN committee_meeting m ON m.id = i.meeting_id WHERE i.outcome IS NOT NULL AND m.meets_on BETWEEN :from AND :to GROUP BY 1, 2",
                Map.of("from", filter.from(), "to", filter.to()));
        List<String> outcomes = List.of(Outcome.APPROVED.name(), Outcome.DENIED.name(), Outcome.DEFERRED.name());
        return new ReportTable("Committee decisions by month", List.of("Month", Words.of(Outcome.APPROVED), Words.of(Outcome.DENIED),
                Words.of(Outcome.DEFERRED)), MonthlyCounts.rows(filter, events, outcomes), Chart.of(Chart.Kind.BARS, 1, 2, 3),
                "R-NET-3: the credentialing committee's decisions at the meetings held in each month of the period.");
    }
}
