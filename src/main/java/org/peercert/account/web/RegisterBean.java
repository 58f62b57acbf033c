package org.peercert.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.peercert.account.AccountPolicy;
import org.peercert.account.AccountProblem;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.web.FacesMessages;

/** /account/register.xhtml: an applicant creates an account. */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @Inject
    AccountPolicy policy;

    private String firstName;
    private String lastName;
    private String email;
    private LocalDate dateOfBirth;
    private String password;
    private boolean registered;

    public void register() {
        try {
            accounts.register(new Registration(firstName, lastName, email, dateOfBirth, password));
            registered = true;
            password = null;
        } catch (InvalidFields invalid) {
            FacesMessages.fieldProblems("register", invalid);
        } catch (AccountProblem problem) {
            ProblemMessages.show("register", problem);
        }
    }

    public long getVerificationLinkHours() {
        return policy.verificationLinkValidity().toHours();
    }

    public int getPasswordMinLength() {
        return accounts.passwordRules().minLength();
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
