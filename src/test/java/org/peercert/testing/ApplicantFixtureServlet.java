package org.peercert.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Test deployments only: makes an applicant at a stage of the journey through the portal's own services
 * ({@link ApplicationFixtures#applicantAt}), so a browser test starts where its subject starts instead of clicking
 * through registration, application and review again. Under /staff/ so only a signed-in staff member can call it;
 * {@link ServerFixtures} is its client.
 */
@WebServlet("/staff/test-support/applicant")
public class ApplicantFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationFixtures.Stage stage = ApplicationFixtures.Stage.valueOf(request.getParameter("stage"));
        Optional<String> certificateNumber = fixtures.applicantAt(stage, request.getParameter("email"), request.getParameter("firstName"),
                request.getParameter("lastName"), LocalDate.parse(request.getParameter("dateOfBirth")), request.getParameter("password"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(certificateNumber.orElse(request.getParameter("email")));
    }
}
