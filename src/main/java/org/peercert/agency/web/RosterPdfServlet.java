package org.peercert.agency.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.attest.RosterAttestations;
import org.peercert.platform.NotYours;
import org.peercert.platform.web.Downloads;

/**
 * GET /agency/export/roster.pdf: the signed-in administrator's roster as it stands now; with {@code ?code=}, one of
 * their agency's attestations instead (another agency's code is 403). web.xml lets only AGENCY_ADMIN into /agency/*.
 */
@WebServlet("/agency/export/roster.pdf")
public class RosterPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    @Inject
    RosterAttestations attestations;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String admin = request.getRemoteUser();
        Optional<Agency> agency = agencies.agencyOf(admin);
        if (agency.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String code = request.getParameter("code");
        byte[] pdf;
        String fileName;
        if (code == null) {
            pdf = attestations.livePdf(admin);
            fileName = "roster-" + agency.get().getNpi() + "-" + LocalDate.now(clock) + ".pdf";
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
