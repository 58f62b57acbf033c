package org.peercert.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.peercert.agency.ApiKeys;

/**
 * Test deployments only: a verified agency of the test's own with a supervised, certified person on its roster
 * ({@link AgencyFixtures#supervisedAgency}). Answers the agency's name, the certificate number, a new API key of the
 * agency and the holder's email, one per line.
 * Under /staff/ so only a signed-in staff member can call it; {@link ServerFixtures} is its client.
 */
@WebServlet("/staff/test-support/agency")
public class AgencyFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgencyFixtures fixtures;

    @Inject
    transient ApiKeys keys;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AgencyFixtures.SupervisedAgency made = fixtures.supervisedAgency(request.getParameter("adminEmail"),
                request.getParameter("supervisorEmail"), request.getParameter("firstName"), request.getParameter("lastName"),
                LocalDate.parse(request.getParameter("dateOfBirth")));
        String apiKey = keys.create(request.getParameter("adminEmail"), "test system").secret();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(made.agencyName() + "\n" + made.certificateNumber() + "\n" + apiKey + "\n" + made.holderEmail());
    }
}
