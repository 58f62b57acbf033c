package org.peercert.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.peercert.account.PasswordChecked;
import org.peercert.account.Role;
import org.peercert.account.RoleHome;
import org.peercert.platform.web.Redirects;

/** The last move of every sign-in, once each step is passed: the session gets the person and their roles, then home. */
@RequestScoped
public class SignInCompletion {

    @Inject
    SecurityContext security;

    @Inject
    PendingSignIn pending;

    void signInAs(String email) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        pending.clear();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new PasswordChecked(email)).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            FacesContext.getCurrentInstance().responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS) {
            Redirects.to(homeAfterSignIn(request));
        } else {
            throw new IllegalStateException("A checked sign-in was refused: " + status);
        }
    }

    /** The roles are known only now, after authentication, so they are read from the request. */
    private static String homeAfterSignIn(HttpServletRequest request) {
        return RoleHome.pageFor(Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name())).toList());
    }
}
