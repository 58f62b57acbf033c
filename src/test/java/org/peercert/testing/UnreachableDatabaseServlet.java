package org.peercert.testing;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;

/**
 * Test deployments only (#23): fails as a page fails when the database went away mid-request (the driver's
 * "communications link failure" inside the persistence layer's exception), or with a plain bug when asked
 * {@code ?bug=true}, so the tests see what the portal answers to each without stopping the shared database.
 */
@WebServlet("/staff/test-support/unreachable-database")
public class UnreachableDatabaseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        if (Boolean.parseBoolean(request.getParameter("bug"))) {
            throw new IllegalStateException("a bug, not the database");
        }
        throw new PersistenceException("could not execute query", new SQLException("Communications link failure", "08S01"));
    }
}
