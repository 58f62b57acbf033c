package org.peercert.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peercert.applications.Track;
import org.peercert.platform.web.FacesMessages;
import jakarta.servlet.http.HttpServletRequest;
import org.peercert.report.Report;
import org.peercert.report.ReportAudience;
import org.peercert.report.ReportCell;
import org.peercert.report.ReportFilter;
import org.peercert.report.ReportKind;
import org.peercert.report.ReportPolicy;
import org.peercert.report.ReportTable;
import org.peercert.report.Reports;

/** /reports/index.xhtml: one report for the period, track and region in the address; a GET form changes them. */
@Named
@RequestScoped
public class ReportsBean {

    private static final int ROWS_SHOWN = 12;
    private static final int ROWS_NOT_WORTH_HIDING = 3;

    @Inject
    Reports reports;

    @Inject
    ReportPolicy policy;

    @Inject
    Clock clock;

    @Inject
    Audiences audiences;

    @Inject
    HttpServletRequest http;

    private String report;
    private String from;
    private String to;
    private String track;
    private String region;
    private ReportRequest request;
    private Report shown;
    private ReportAudience audience;

    public void load() {
        audience = audiences.of(http);
        request = ReportRequest.of(report, from, to, track, region, LocalDate.now(clock), policy.longestPeriodDays(), audience);
        if (audience.kinds().isEmpty()) {
            return;
        }
        if (request.periodRefused()) {
            FacesMessages.error("report.period.invalid", policy.longestPeriodDays());
        }
        shown = reports.of(request.kind(), request.filter());
    }

    public Report getReport() {
        return shown;
    }

    public ReportRequest getRequest() {
        return request;
    }

    /** The reports this person may open. */
    public List<ReportKind> getKinds() {
        return audience.kinds();
    }

    /** The agency whose roster the figures are limited to, for an agency's administrator; null otherwise. */
    public String getAgencyName() {
        return audience.agencyName();
    }

    public Track[] getTracks() {
        return Track.values();
    }

    public List<String> getRegions() {
        return reports.regions();
    }

    /** The address of another report for the same filter. */
    public String link(ReportKind kind) {
        return "?" + request.query(kind);
    }

    /** The address of the same report for another period. */
    public String period(String which) {
        LocalDate today = LocalDate.now(clock);
        ReportFilter period = "last-year".equals(which) ? ReportFilter.lastYear(today)
                : "this-year".equals(which) ? new ReportFilter(today.withDayOfYear(1), today, null, null) : ReportFilter.lastTwelveMonths(today);
        ReportFilter f = request.filter().withPeriod(period.from(), period.to());
        return "?" + new ReportRequest(request.kind(), f, false).query(request.kind());
    }

    public String export(String format, int table) {
        return "export?" + request.query(request.kind()) + "&format=" + format + (table >= 0 ? "&table=" + table : "");
    }

    public int getSmallestReleased() {
        return policy.smallestCountReleased();
    }

    public String chart(ReportTable table) {
        return ChartJson.of(table);
    }

    public int chartHeight(ReportTable table) {
        return ChartJson.height(table);
    }

    /** A long table shows its first rows, the others behind "Show the other rows" (and all of them in its CSV). */
    public List<List<ReportCell>> firstRows(ReportTable table) {
        return otherRows(table).isEmpty() ? table.rows() : table.rows().subList(0, ROWS_SHOWN);
    }

    public List<List<ReportCell>> otherRows(ReportTable table) {
        return table.rows().size() <= ROWS_SHOWN + ROWS_NOT_WORTH_HIDING ? List.of() : table.rows().subList(ROWS_SHOWN, table.rows().size());
    }

    public boolean charted(ReportTable table) {
        return table.chart() != null && !table.isEmpty();
    }

    public String getReportParam() {
        return report;
    }

    public void setReportParam(String report) {
        this.report = report;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
