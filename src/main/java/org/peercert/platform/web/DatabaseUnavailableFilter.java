package org.peercert.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.owasp.encoder.Encode;
import org.peercert.platform.DatabaseTrouble;
import org.peercert.platform.Office;
import org.peercert.platform.OfficeDetails;
import org.peercert.platform.api.CrossOriginReads;
import org.peercert.platform.api.Problem;
import org.peercert.platform.api.UnexpectedErrors;

/**
 * #23: while the database cannot be reached, a page answers 503 with the portal's own "temporarily unavailable" page
 * and Retry-After, not a stack trace, a 500 or a redirect to an error page that itself needs the database. The page is
 * written here from configuration alone. Whatever the request was changing was rolled back with its transaction.
 * web.xml maps this filter first, so that it also answers for every other filter that meets the database (the public
 * lookup's budget, an account's freshness).
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; object-src 'none'; script-src 'none'";

    @Inject
    Office office;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseTrouble.isUnreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning(() -> "The database cannot be reached; " + request.getRequestURI() + " answered 503: " + failure);
            answerUnavailable(request, response, office.getDetails());
        }
    }

    /**
     * The 503: for the API the service-unavailable problem, readable by another site's page as the API's answers are
     * (a filter before JAX-RS met the database), for everything else the portal's own page.
     */
    private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response, OfficeDetails office) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            CrossOriginReads.writeTo(response::setHeader);
            response.setContentType(Problem.MEDIA_TYPE);
            response.getOutputStream().write(UnexpectedErrors.unreachableDatabase().toJson().getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page(request.getContextPath(), office).getBytes(StandardCharsets.UTF_8));
    }

    static String page(String contextPath, OfficeDetails office) {
        String contact = office.phone() == null || office.phone().isBlank() ? "" : " If it lasts, call " + Encode.forHtml(office.name()) + " at "
                + Encode.forHtml(office.phone()) + ".";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>Briefly unavailable · %s</title><link rel="stylesheet" href="%s/resources/css/peercert.css"/>\
                <link rel="stylesheet" href="%s/brand.css"/></head>
                <body><main id="main" class="content"><h1>The portal is briefly unavailable</h1>
                <p>It cannot reach its records for a moment, so nothing was changed: what you sent was not half-saved. Please try again \
                in a minute.%s</p></main></body></html>
                """.formatted(Encode.forHtml(office.program()), contextPath, contextPath, contact);
    }
}
