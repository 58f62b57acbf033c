package org.peercert.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import org.peercert.account.AccountProblem;
import org.peercert.account.AccountService;
import org.peercert.account.LinkProblem;
import org.peercert.account.TokenPurpose;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /account/set-password.xhtml: a new password from a reset link, or a first one from an invitation. */
@Named
@ViewScoped
public class SetPasswordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String token;
    private TokenPurpose purpose;
    private LinkProblem.Reason problem;
    private String password;
    private String confirmation;

    public void check() {
        try {
            purpose = accounts.checkPasswordLink(token);
        } catch (LinkProblem e) {
            problem = e.reason();
        }
    }

    public void save() {
        if (!Objects.equals(password, confirmation)) {
            FacesMessages.fieldError("setPassword:confirmation", "account.password.mismatch");
            return;
        }
        try {
            accounts.setPasswordByLink(token, password);
            FacesMessages.info(purpose == TokenPurpose.INVITATION ? "account.invitation.accepted" : "account.password.changed");
            Redirects.to("/login.xhtml");
        } catch (AccountProblem e) {
            ProblemMessages.show("setPassword", e);
        } catch (LinkProblem e) {
            problem = e.reason();
        }
    }

    public int getPasswordMinLength() {
        return accounts.passwordRules().minLength();
    }

    public boolean isInvitation() {
        return purpose == TokenPurpose.INVITATION;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getProblem() {
        return problem == null ? null : problem.name();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
