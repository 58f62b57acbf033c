package org.peercert.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peercert.applications.Track;
import org.peercert.applications.TrackTitles;
import org.peercert.branding.web.OfficeSealBean;
import org.peercert.certificate.CertificateNumbering;
import org.peercert.certificate.CertificatePolicy;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.PublicCertificate;
import org.peercert.platform.Office;
import org.peercert.platform.UserProblem;
import org.peercert.platform.Words;

/**
 * /verify and /verify/{number} (the address a QR code holds): anyone checks a certificate by its number or its
 * holder's name, with plain GET forms, so a result is a link to share or bookmark. {@link PublicLookupFilter} counts
 * each lookup against the caller's budget first. A roster attestation's code (?attestation=) opens the Faces page
 * for attestations and credentials.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
public class PublicLookupServlet extends HttpServlet {

    /** The number field's example is the 123rd certificate of this year's adult peer track, in the state's own format. */
    private static final long EXAMPLE_SEQUENCE = 123;

    private static final long serialVersionUID = 1L;

    /** Scripts none, styles only the portal's sheet, and no framing: the page needs nothing else (#22). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'; object-src 'none'; script-src 'none'";

    @Inject
    CertificateRecords certificates;

    @Inject
    Office office;

    @Inject
    OfficeSealBean officeSeal;

    @Inject
    CertificatePolicy policy;

    @Inject
    TrackTitles trackTitles;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getParameter("attestation") != null) {
            request.getRequestDispatcher("/verify.xhtml").forward(request, response);
            return;
        }
        PublicLookupPage.Lookup lookup = lookUp(numberAsked(request), request.getParameter("last"), request.getParameter("first"));
        String seal = officeSeal.getPath();
        String example = policy.numbering().format(trackTitles.abbreviation(Track.CPS), LocalDate.now(clock).getYear(), EXAMPLE_SEQUENCE);
        String html = new PublicLookupPage(request.getContextPath(), request.getRemoteUser() != null, office.getDetails(), seal, example)
                .render(lookup);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The number in the path (/verify/{number}) or in the query (?number=); null when none was asked. */
    private static String numberAsked(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path != null && path.length() > 1) {
            return path.substring(1);
        }
        return request.getParameter("number");
    }

    private PublicLookupPage.Lookup lookUp(String number, String lastName, String firstName) {
        if (number != null) {
            return byNumber(number);
        }
        if (lastName != null) {
            return byName(lastName, firstName == null ? "" : firstName);
        }
        return PublicLookupPage.Lookup.empty();
    }

    private PublicLookupPage.Lookup byNumber(String typed) {
        Optional<String> normalized = CertificateNumbering.normalize(typed);
        if (normalized.isEmpty()) {
            String problem = Words.message(typed.isBlank() ? "verify.nothingToSearch" : "verify.numberMalformed");
            return new PublicLookupPage.Lookup(typed, "", "", List.of(), problem, null);
        }
        String number = normalized.get();
        List<PublicCertificate> found = certificates.lookUp(number).map(List::of).orElse(List.of());
        String problem = found.isEmpty() ? Words.message("verify.numberUnknown", number) : null;
        return new PublicLookupPage.Lookup(number, "", "", found, problem, null);
    }

    private PublicLookupPage.Lookup byName(String lastName, String firstName) {
        try {
            List<PublicCertificate> found = certificates.searchByName(lastName, firstName);
            String problem = found.isEmpty() ? Words.message("verify.noneByName") : null;
            return new PublicLookupPage.Lookup("", lastName, firstName, found, null, problem);
        } catch (UserProblem problem) {
            return new PublicLookupPage.Lookup("", lastName, firstName, List.of(), null,
                    Words.message(problem.messageKey(), problem.arguments()));
        }
    }
}
