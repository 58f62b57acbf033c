package org.peercert.agency.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.check.EligibilityCheck;
import org.peercert.agency.check.EligibilityService;
import org.peercert.platform.Paging;
import org.peercert.platform.csv.CsvExport;
import org.peercert.platform.web.Downloads;

/** GET /agency/export/checks.csv: every billing-eligibility check of the signed-in administrator's agency, newest first. */
@WebServlet("/agency/export/checks.csv")
public class ChecksExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    @Inject
    AgencyService agencies;

    @Inject
    EligibilityService checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Agency> agency = agencies.agencyOf(request.getRemoteUser());
        if (agency.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.prepare(response, "text/csv; charset=UTF-8", "eligibility-checks-" + agency.get().getNpi() + ".csv", false);
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter csv = CsvExport.printer(out, "asked_at", "certificate_number", "code", "modifiers", "service_date", "units",
                "group_size", "eligible", "expected_reimbursement", "asked_by", "inputs", "findings");
        Paging<EligibilityCheck> page;
        int first = 0;
        do {
            page = checks.checksOf(agency.get().getId(), null, first, PAGE);
            for (EligibilityCheck c : page.rows()) {
                CsvExport.printRow(csv, c.getAskedAt(), c.getCertificateNumber(), c.getCode(), c.getModifiers(), c.getServiceDate(), c.getUnits(),
                        c.getGroupSize(), c.isEligible() ? "yes" : "no", c.getExpectedReimbursement(), c.getAskedBy(), c.getInputs(), c.getFindings());
            }
            first += PAGE;
        } while (first < page.total());
        csv.flush();
    }
}
