package org.peercert.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.peercert.account.AccountPolicy;
import org.peercert.account.Role;
import org.peercert.account.RoleHome;
import org.peercert.account.SignInAttempt;
import org.peercert.account.SignInService;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** The sign-in and sign-out of /login.xhtml and the header. */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    SecurityContext security;

    @Inject
    SignInAttempt attempt;

    @Inject
    SignInService signIns;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountPolicy policy;

    private String email;
    private String password;

    /** Someone already signed in who opens the sign-in page goes home instead. */
    public void redirectIfSignedIn() {
        if (currentUser.isSignedIn()) {
            Redirects.to(currentUser.getHomePage());
        }
    }

    public void signIn() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new session id at sign-in, so an id planted before sign-in is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(), new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
            case SUCCESS -> Redirects.to(homeAfterSignIn(request));
            default -> FacesMessages.error("signin." + attempt.outcome().name(), policy.lockout().toMinutes());
        }
    }

    /** The roles are known only now, after authentication, so they are read from the request. */
    private static String homeAfterSignIn(HttpServletRequest request) {
        return RoleHome.pageFor(Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name())).toList());
    }

    public void signOut() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String who = currentUser.getEmail();
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("Sign-out failed", e);
        }
        external.invalidateSession();
        if (who != null) {
            signIns.signedOut(who);
        }
        Redirects.to("/index.xhtml?signedOut=true");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
