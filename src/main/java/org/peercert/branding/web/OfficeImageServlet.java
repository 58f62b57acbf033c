package org.peercert.branding.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.peercert.branding.OfficeImage;
import org.peercert.branding.OfficeImageKind;
import org.peercert.branding.OfficeImages;
import org.peercert.platform.web.Downloads;

/**
 * #28: the office's pictures by their id. {@code /office-seal?id=} serves a seal to anyone (it heads every page and is
 * printed on every certificate) and may be cached for good, since an id's picture never changes; {@code
 * /admin/office-image?id=} serves either picture to administrators only (web.xml guards /admin/), for their preview.
 */
@WebServlet({"/office-seal", "/admin/office-image"})
public class OfficeImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfficeImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean publicSeal = "/office-seal".equals(request.getServletPath());
        Optional<OfficeImage> image = idOf(request).flatMap(images::find)
                .filter(found -> !publicSeal || found.getKind() == OfficeImageKind.SEAL);
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] picture = images.bytes(image.get());
        Downloads.prepare(response, image.get().getMediaType(), image.get().getName(), true);
        if (publicSeal) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
        response.setContentLength(picture.length);
        response.getOutputStream().write(picture);
    }

    private static Optional<Long> idOf(HttpServletRequest request) {
        try {
            return Optional.of(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException missingOrNotANumber) {
            return Optional.empty();
        }
    }
}
