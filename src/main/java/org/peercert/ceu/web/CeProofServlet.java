package org.peercert.ceu.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.peercert.ceu.CeActivity;
import org.peercert.ceu.CeProblem;
import org.peercert.ceu.CeService;
import org.peercert.platform.web.Downloads;

/** GET /certificates/ce-proof?id=N: the proof of a CE activity, for its holder or staff (web.xml and here), never inline as HTML. */
@WebServlet("/certificates/ce-proof")
public class CeProofServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CeService ce;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CeActivity activity;
        try {
            activity = ce.proofOf(Long.parseLong(request.getParameter("id")), request.getRemoteUser(), request.isUserInRole("STAFF"));
        } catch (NumberFormatException | CeProblem notYoursOrNone) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.prepare(response, activity.getProofType(), activity.getProofName(), false);
        try (InputStream in = ce.proofContent(activity)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
