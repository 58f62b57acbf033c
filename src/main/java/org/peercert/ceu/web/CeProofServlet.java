package org.peercert.ceu.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.peercert.ceu.CeActivity;
import org.peercert.ceu.CeProblem;
import org.peercert.ceu.CeService;

/** GET /certificates/ce-proof?id=N: the proof of a CE activity, for its holder or staff (web.xml and here), never inline as HTML. */
@WebServlet("/certificates/ce-proof")
public class CeProofServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CeService ce;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CeActivity activity;
        try {
            activity = ce.proofOf(Long.parseLong(request.getParameter("id")), request.getRemoteUser(), request.isUserInRole("STAFF"));
        } catch (NumberFormatException | CeProblem notYoursOrNone) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(activity.getProofType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(activity.getProofName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = ce.proofContent(activity)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
