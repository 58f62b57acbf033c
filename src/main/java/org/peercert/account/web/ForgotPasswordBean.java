package org.peercert.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peercert.account.AccountService;

/** /account/forgot-password.xhtml: asks for a reset link; the answer never says whether the email has an account. */
@Named
@RequestScoped
public class ForgotPasswordBean {

    @Inject
    AccountService accounts;

    private String email;
    private boolean requested;

    public void request() {
        accounts.requestPasswordReset(email);
        requested = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isRequested() {
        return requested;
    }
}
