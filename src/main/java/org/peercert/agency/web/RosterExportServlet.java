package org.peercert.agency.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterCsv;
import org.peercert.agency.RosterService;
import org.peercert.platform.web.Downloads;

/** GET /agency/export/roster.csv: the signed-in administrator's own roster (web.xml lets only AGENCY_ADMIN into /agency/*). */
@WebServlet("/agency/export/roster.csv")
public class RosterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Agency> agency = agencies.agencyOf(request.getRemoteUser());
        if (agency.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.prepare(response, "text/csv; charset=UTF-8", "roster-" + agency.get().getNpi() + "-" + LocalDate.now(clock) + ".csv", false);
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        RosterCsv.write(roster.roster(agency.get().getId()), out);
        out.flush();
    }
}
