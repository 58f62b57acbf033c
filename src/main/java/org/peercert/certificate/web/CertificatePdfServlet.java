package org.peercert.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.peercert.branding.OfficeImages;
import org.peercert.certificate.CertificateCard;
import org.peercert.certificate.CertificateDocuments;
import org.peercert.certificate.CertificateNumbering;
import org.peercert.certificate.CertificateProblem;
import org.peercert.certificate.CertificateRecords;
import org.peercert.platform.Office;
import org.peercert.platform.pdf.OfficeMarks;
import org.peercert.platform.web.Downloads;

/**
 * GET /certificates/pdf?number=...&amp;kind=wall|card: the wall certificate or wallet card of a certificate, for its
 * holder or staff (web.xml lets only APPLICANT and STAFF in; the holder is checked here). Made on demand from the
 * current data, so a suspended certificate's PDF says it is suspended.
 */
@WebServlet("/certificates/pdf")
public class CertificatePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateRecords certificates;

    @Inject
    Office office;

    @Inject
    OfficeImages officeImages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> number = CertificateNumbering.normalize(request.getParameter("number"));
        String kind = request.getParameter("kind");
        if (number.isEmpty() || !("wall".equals(kind) || "card".equals(kind))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificateCard card;
        try {
            card = certificates.printable(number.get(), request.getRemoteUser(), request.isUserInRole("STAFF"));
        } catch (CertificateProblem problem) {
            response.sendError("certificate.notYours".equals(problem.messageKey()) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OfficeMarks marks = officeImages.marksOn(card.issuedOn());
        byte[] pdf = "wall".equals(kind) ? CertificateDocuments.wallCertificate(card, office.getDetails(), marks)
                : CertificateDocuments.walletCard(card, office.getDetails(), marks);
        Downloads.prepare(response, "application/pdf", card.number() + ("wall".equals(kind) ? "-certificate" : "-wallet-card") + ".pdf", false);
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
