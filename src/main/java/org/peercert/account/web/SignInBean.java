package org.peercert.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.peercert.account.AccountPolicy;
import org.peercert.account.SecondStep;
import org.peercert.account.SignInOutcome;
import org.peercert.account.SignInService;
import org.peercert.account.TwoStepService;
import org.peercert.platform.web.ClientAddress;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** The sign-in and sign-out of /login.xhtml and the header. */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    SignInService signIns;

    @Inject
    TwoStepService twoStep;

    @Inject
    PendingSignIn pending;

    @Inject
    SignInCompletion completion;

    @Inject
    ClientAddress clientAddress;

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
        // A new session id at sign-in, so an id planted before sign-in is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        SignInService.Result result = signIns.signIn(email == null ? "" : email.strip(), password, clientAddress.current().orElse(null));
        password = null;
        if (result.outcome() != SignInOutcome.SUCCESS) {
            FacesMessages.error("signin." + result.outcome().name(), policy.lockout().toMinutes());
            return;
        }
        SecondStep step = twoStep.after(result.account());
        if (step == SecondStep.NONE) {
            completion.signInAs(result.account().getEmail());
            return;
        }
        pending.start(result.account().getEmail(), step);
        Redirects.to(step == SecondStep.CODE ? SecondStepBean.CODE_PAGE : SecondStepBean.SET_UP_PAGE);
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
