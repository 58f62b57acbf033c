package org.peercert.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.peercert.account.AccountService;
import org.peercert.account.Role;

/**
 * Test deployments only: a confirmed account with the roles asked for, so a browser test acts on a person of its own.
 * Under /staff/ so only a signed-in staff member can call it; {@link ServerFixtures} is its client.
 */
@WebServlet("/staff/test-support/account")
public class AccountFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EnumSet<Role> roles = Arrays.stream(request.getParameter("roles").split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        accounts.ensureDemoAccount(request.getParameter("email"), request.getParameter("firstName"), request.getParameter("lastName"),
                LocalDate.parse(request.getParameter("dateOfBirth")), roles, request.getParameter("password"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(request.getParameter("email"));
    }
}
