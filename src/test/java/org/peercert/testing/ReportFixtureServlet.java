package org.peercert.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peercert.report.ReportTestData;

/**
 * Test deployments only: the report tests' known records ({@link ReportTestData}) in a year and region of their own.
 * Answers the year and the region, one per line. Under /staff/ so only a signed-in staff member can call it.
 */
@WebServlet("/staff/test-support/reports")
public class ReportFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportTestData data;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportTestData.Seeded seeded = data.seed();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(seeded.year() + "\n" + seeded.region());
    }
}
