package org.peercert.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peercert.certificate.PublicLookupThrottle;
import org.peercert.certificate.RateLimits;
import org.peercert.certificate.SearchThrottle;
import org.peercert.certificate.api.AgencyKeyCallers;
import org.peercert.certificate.api.CertificateResource;
import org.peercert.platform.api.CrossOriginReads;
import org.peercert.platform.api.Problem;

/**
 * The public lookup's front door. Each lookup (an API call, a /verify/{number} link, a search on /verify, a form
 * posted on /verify.xhtml) counts against the client address's budget, or, for an API call with an agency's key, the
 * agency's larger one (#32); over it, 429 with Retry-After. API answers carry the RateLimit-Policy and RateLimit
 * headers. A batch lookup is counted by its resource, number by number. The lookup itself is {@link PublicLookupServlet}'s.
 * The budgets are in the database, shared by every node (#23); without it, DatabaseUnavailableFilter answers 503.
 */
@WebFilter(urlPatterns = {"/api/v1/certificates/*", "/verify", "/verify/*", "/verify.xhtml"})
public class PublicLookupFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicLookupThrottle throttle;

    @Inject
    AgencyKeyCallers agencyKeys;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean api = path.startsWith("/api/");
        String number = path.startsWith("/verify/") ? path.substring("/verify/".length()) : null;
        if (isLookup(request, api, number) && !path.equals(CertificateResource.BATCH_PATH) && !mayGoAhead(request, response, api)) {
            return;
        }
        if (path.equals("/verify.xhtml") && "GET".equals(request.getMethod())
                && (request.getParameter("number") != null || request.getParameter("last") != null)) {
            // A link or bookmark from before the lookup had a page of its own.
            request.getRequestDispatcher("/verify").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Takes the lookup from its budget; one over it is answered here with 429. */
    private boolean mayGoAhead(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        SearchThrottle.Budget budget = budget(request, api);
        if (api) {
            RateLimits.headers(response::setHeader, budget);
        }
        if (!budget.allows()) {
            tooMany(request.getContextPath(), response, api, budget);
        }
        return budget.allows();
    }

    private SearchThrottle.Budget budget(HttpServletRequest request, boolean api) {
        String authorization = request.getHeader("Authorization");
        Optional<String> agency = api && authorization != null ? agencyKeys.callerOf(authorization) : Optional.empty();
        return agency.isPresent() ? throttle.takeForAgency(agency.get(), 1) : throttle.takeForAddress(request.getRemoteAddr());
    }

    private static boolean isLookup(HttpServletRequest request, boolean api, String number) {
        return api || (number != null && !number.isEmpty()) || "POST".equals(request.getMethod())
                || request.getParameter("number") != null || request.getParameter("last") != null;
    }

    private static void tooMany(String contextPath, HttpServletResponse response, boolean api, SearchThrottle.Budget budget) throws IOException {
        long wait = budget.waitSeconds();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait));
        response.setHeader("Cache-Control", "no-store");
        String body;
        if (api) {
            // Answered before JAX-RS and its CORS filter: another site's page reads the 429 too.
            CrossOriginReads.writeTo(response::setHeader);
            response.setContentType(Problem.MEDIA_TYPE);
            body = Problem.of(429, "too-many-lookups", "Too many lookups",
                    "Too many lookups for this minute. Try again in " + wait + " seconds.").toJson();
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = "<!DOCTYPE html><html lang=\"en\"><head><title>Too many searches - PeerCert</title></head><body>"
                    + "<main><h1>Too many searches</h1><p>Too many searches came from your address in the last minute. Wait "
                    + wait + " seconds, then <a href=\"" + contextPath + "/verify\">search again</a>.</p></main></body></html>";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
