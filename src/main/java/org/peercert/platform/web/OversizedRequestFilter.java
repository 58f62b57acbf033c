package org.peercert.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request body that is too large before anything parses it. A form with a file too large for any upload goes
 * back to the page it came from (the same step of the application, say) with the portal's message, and nothing of the
 * draft is touched; any other body too large gets 413. The body is read to its end and thrown away first, so the
 * browser, which is still sending, sees the answer instead of a reset connection. (Undertow's own limit,
 * {@code PEERCERT_HTTP_MAX_POST_BYTES}, is set far above these, so this filter is what people meet.) A request whose
 * parameters cannot be read (more than the server's limit of fields, or badly encoded) gets 400 and the portal's page,
 * not a bare 500 (issue #22, finding 6).
 */
@WebFilter(urlPatterns = "/*")
public class OversizedRequestFilter extends HttpFilter {

    /** Session attribute: the size in MB of a file the portal refused, for the next page to say so. */
    static final String REFUSED_MEGABYTES = "peercert.refusedUploadMegabytes";

    private static final long serialVersionUID = 1L;
    private static final long MEGABYTE = 1024L * 1024;
    private static final String BAD_REQUEST_PAGE = "/error/400.xhtml";

    @Inject
    @ConfigProperty(name = "peercert.http.max-upload-request-bytes", defaultValue = "22020096")
    long maxUploadRequestBytes;

    @Inject
    @ConfigProperty(name = "peercert.http.max-form-request-bytes", defaultValue = "2097152")
    long maxFormRequestBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        boolean upload = isMultipart(request);
        if (length <= (upload ? maxUploadRequestBytes : maxFormRequestBytes)) {
            if (parametersReadable(request)) {
                chain.doFilter(request, response);
            } else {
                // The page is shown without the parameters, which would fail it as they failed here.
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                request.getRequestDispatcher(BAD_REQUEST_PAGE).forward(new WithoutParameters(request), response);
            }
            return;
        }
        discardBody(request);
        if (upload && "POST".equals(request.getMethod())) {
            request.getSession().setAttribute(REFUSED_MEGABYTES, Math.max(1, Math.round((double) length / MEGABYTE)));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", pageItCameFrom(request));
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    /** Reads the parameters as the page would: Undertow refuses too many, or a broken encoding, with an exception. */
    private static boolean parametersReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The request as the error page sees it: no parameters at all. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static void discardBody(HttpServletRequest request) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = request.getInputStream()) {
            while (body.read(buffer) >= 0) {
                // thrown away
            }
        }
    }

    /** The page that posted the form (its path and query, on this portal only), else the address posted to. */
    private static String pageItCameFrom(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI page = URI.create(referer);
                String path = page.getRawPath();
                if (request.getServerName().equalsIgnoreCase(page.getHost()) && path != null
                        && path.startsWith(request.getContextPath() + "/")) {
                    return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall back to the address posted to
            }
        }
        return request.getRequestURI();
    }
}
