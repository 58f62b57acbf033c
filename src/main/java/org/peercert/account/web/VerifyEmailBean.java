package org.peercert.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.account.AccountService;
import org.peercert.account.LinkProblem;

/** /account/verify.xhtml: follows the emailed verification link, or sends a new one. */
@Named
@ViewScoped
public class VerifyEmailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String token;
    private boolean verified;
    private LinkProblem.Reason problem;
    private String email;
    private boolean resent;

    public void verify() {
        if (token == null) {
            return;
        }
        try {
            accounts.verifyEmail(token);
            verified = true;
        } catch (LinkProblem e) {
            problem = e.reason();
        }
    }

    public void resend() {
        accounts.resendVerification(email);
        resent = true;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getProblem() {
        return problem == null ? null : problem.name();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isResent() {
        return resent;
    }
}
