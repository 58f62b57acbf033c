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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterCsv;
import org.peercert.agency.RosterService;
import org.peercert.agency.attest.RosterAttestations;
import org.peercert.platform.NotYours;
import org.peercert.platform.web.Downloads;

/**
 * The signed-in administrator's own roster as a file (web.xml lets only AGENCY_ADMIN into /agency/*):
 * GET /agency/export/roster.csv as it stands now; GET /agency/export/roster.pdf as it stands now, or with
 * {@code ?code=} one of their agency's attestations (another agency's code is 403).
 */
@WebServlet({"/agency/export/roster.csv", "/agency/export/roster.pdf"})
public class RosterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    RosterAttestations attestations;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Agency> agency = agencies.agencyOf(request.getRemoteUser());
        if (agency.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String today = "roster-" + agency.get().getNpi() + "-" + LocalDate.now(clock);
        if (request.getServletPath().endsWith(".pdf")) {
            pdf(request, response, today);
        } else {
            Downloads.prepare(response, "text/csv; charset=UTF-8", today + ".csv", false);
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            RosterCsv.write(roster.roster(agency.get().getId()), out);
            out.flush();
        }
    }

    private void pdf(HttpServletRequest request, HttpServletResponse response, String today) throws IOException {
        String admin = request.getRemoteUser();
        String code = request.getParameter("code");
        byte[] pdf;
        String fileName;
        if (code == null) {
            pdf = attestations.livePdf(admin);
            fileName = today + ".pdf";
        } else {
            try {
                var attestation = attestations.ownedBy(admin, code);
                pdf = attestations.pdfOf(attestation);
                fileName = "roster-attestation-" + attestation.getDisplayCode() + ".pdf";
            } catch (NotYours notYours) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        Downloads.prepare(response, "application/pdf", fileName, false);
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
