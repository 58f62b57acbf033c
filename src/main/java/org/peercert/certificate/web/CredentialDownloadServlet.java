package org.peercert.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peercert.certificate.CertificateNumbering;
import org.peercert.certificate.CertificateProblem;
import org.peercert.certificate.credential.CredentialService;
import org.peercert.platform.web.Downloads;

/**
 * GET /certificates/credential?number=...: the holder's certificate as a signed Open Badges 3.0 credential
 * ({@code application/vc+jwt}), for a digital wallet or to show a verifier. Holder or staff only (web.xml and here).
 */
@WebServlet("/certificates/credential")
public class CredentialDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CredentialService credentials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> number = CertificateNumbering.normalize(request.getParameter("number"));
        if (number.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String credential;
        try {
            credential = credentials.credentialOf(number.get(), request.getRemoteUser(), request.isUserInRole("STAFF"));
        } catch (CertificateProblem problem) {
            response.sendError("certificate.notYours".equals(problem.messageKey()) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = credential.getBytes(StandardCharsets.US_ASCII);
        Downloads.prepare(response, CredentialService.MEDIA_TYPE, number.get() + "-credential.jwt", false);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
