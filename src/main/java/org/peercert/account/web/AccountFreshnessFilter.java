package org.peercert.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.SessionValidity;
import org.peercert.account.UserAccount;

/** Ends a session whose account was disabled, or whose roles changed, since it signed in. */
@WebFilter(urlPatterns = "/*")
public class AccountFreshnessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String email = request.getRemoteUser();
        if (email != null && !request.getServletPath().startsWith(RESOURCES) && !stillValid(request, email)) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpServletRequest request, String email) {
        UserAccount account = accounts.findByEmail(email).orElse(null);
        if (account == null) {
            return false;
        }
        var rolesOfSession = Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return SessionValidity.stillValid(account.getStatus(), account.getRoles(), rolesOfSession);
    }
}
