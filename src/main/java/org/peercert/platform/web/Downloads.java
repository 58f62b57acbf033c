package org.peercert.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The headers every file the portal hands out gets: its checked type, no sniffing, no shared caching, and its name. */
public final class Downloads {

    private Downloads() {
    }

    /** @param inline shown in the browser (staff's preview) rather than saved */
    public static void prepare(HttpServletResponse response, String mediaType, String fileName, boolean inline) {
        response.setContentType(mediaType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
