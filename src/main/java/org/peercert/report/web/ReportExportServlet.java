package org.peercert.report.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peercert.applications.Track;
import org.peercert.applications.TrackTitles;
import org.peercert.platform.Office;
import org.peercert.platform.Words;
import org.peercert.platform.web.Downloads;
import org.peercert.report.Report;
import org.peercert.report.ReportAudience;
import org.peercert.report.ReportFiles;
import org.peercert.report.ReportPdf;
import org.peercert.report.ReportPolicy;
import org.peercert.report.Reports;

/**
 * GET /reports/export?report=…&format=csv|xlsx|pdf[&table=N] with the page's filter: a table as CSV or XLSX, or the whole report
 * as a workbook or a PDF. What leaves here leaves the portal, so counts under the configured smallest are written as
 * "fewer than 5" (issue #25). Who may ask is web.xml's constraint on /reports/*, and which report their
 * {@link ReportAudience}: a report the person may not open is refused (403).
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

    private static final String NO_SUCH_TABLE = "Choose one of the report's tables.";

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    ReportPolicy policy;

    @Inject
    Office office;

    @Inject
    TrackTitles trackTitles;

    @Inject
    Clock clock;

    @Inject
    Audiences audiences;

    @Override
    protected void doGet(HttpServletRequest http, HttpServletResponse response) throws IOException {
        ReportAudience audience = audiences.of(http);
        ReportRequest asked = ReportRequest.of(http.getParameter("report"), http.getParameter("from"), http.getParameter("to"),
                http.getParameter("track"), http.getParameter("region"), LocalDate.now(clock), policy.longestPeriodDays(), audience);
        if (!asked.kind().slug().equals(http.getParameter("report")) || !audience.mayOpen(asked.kind())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (asked.periodRefused()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, Words.message("report.period.invalid", policy.longestPeriodDays()));
            return;
        }
        Report report = reports.of(asked.kind(), asked.filter());
        String title = Words.of(asked.kind());
        String name = asked.kind().slug() + "-" + asked.filter().from() + "-to-" + asked.filter().to();
        long smallest = policy.smallestCountReleased();
        switch (String.valueOf(http.getParameter("format"))) {
            case "csv" -> csv(http, response, report, name, smallest);
            case "xlsx" -> xlsx(http, response, report, title, name, smallest);
            case "pdf" -> {
                byte[] pdf = ReportPdf.render(report, title, office.getDetails().name(), period(report), smallest);
                Downloads.prepare(response, "application/pdf", name + ".pdf", false);
                response.setContentLength(pdf.length);
                response.getOutputStream().write(pdf);
            }
            default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Choose a format: csv, xlsx or pdf.");
        }
    }

    private static void csv(HttpServletRequest http, HttpServletResponse response, Report report, String name, long smallest) throws IOException {
        int table = tableAsked(http, report);
        if (table < 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, NO_SUCH_TABLE);
            return;
        }
        Downloads.prepare(response, "text/csv; charset=UTF-8", name + "-" + (table + 1) + ".csv", false);
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ReportFiles.csv(report.tables().get(table), smallest, out);
        out.flush();
    }

    /** The whole report, a sheet per table; or with table=N, that table alone. */
    private void xlsx(HttpServletRequest http, HttpServletResponse response, Report report, String title, String name, long smallest)
            throws IOException {
        Report asked = report;
        String file = name;
        if (http.getParameter("table") != null) {
            int table = tableAsked(http, report);
            if (table < 0) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, NO_SUCH_TABLE);
                return;
            }
            asked = new Report(report.kind(), report.filter(), List.of(report.tables().get(table)));
            file = name + "-" + (table + 1);
        }
        Downloads.prepare(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file + ".xlsx", false);
        ReportFiles.xlsx(asked, title, office.getDetails().name(), period(report), smallest, response.getOutputStream());
    }

    /** The table=N parameter, or -1 when it is missing, not a number, or not one of the report's tables. */
    private static int tableAsked(HttpServletRequest http, Report report) {
        try {
            int table = Integer.parseInt(String.valueOf(http.getParameter("table")));
            return table < report.tables().size() ? Math.max(table, -1) : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private String period(Report report) {
        Track track = report.filter().track();
        return ReportFiles.periodLine(report, track == null ? null : trackTitles.title(track));
    }
}
