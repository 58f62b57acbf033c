package org.peercert.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.peercert.account.AccountPolicy;
import org.peercert.account.AccountProblem;
import org.peercert.account.AccountService;
import org.peercert.account.SecondStep;
import org.peercert.account.TwoStepService;
import org.peercert.account.UserAccount;
import org.peercert.platform.pdf.QrCode;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/**
 * The second step of a sign-in (issue #22): /account/sign-in-code.xhtml asks for the authenticator's code or a recovery
 * code; /account/two-step.xhtml sets the authenticator up, between the steps where a role needs it, or signed in by
 * choice. Both pages are public; this bean lets in only the person between the steps, or the one signed in.
 */
@Named
@ViewScoped
public class SecondStepBean implements Serializable {

    static final String CODE_PAGE = "/account/sign-in-code.xhtml";
    static final String SET_UP_PAGE = "/account/two-step.xhtml";
    private static final String SIGN_IN_PAGE = "/login.xhtml";
    private static final long serialVersionUID = 1L;

    @Inject
    TwoStepService twoStep;

    @Inject
    AccountService accounts;

    @Inject
    AccountPolicy policy;

    @Inject
    PendingSignIn pending;

    @Inject
    SignInCompletion completion;

    @Inject
    CurrentUser currentUser;

    private String email;
    private boolean signingIn;
    private String code;
    private TwoStepService.SetUp setUp;
    private List<String> recoveryCodes;
    private boolean alreadyOn;

    public void openCode() {
        Optional<PendingSignIn.Person> person = pending.current().filter(p -> p.step() == SecondStep.CODE);
        if (person.isEmpty()) {
            Redirects.to(SIGN_IN_PAGE);
            return;
        }
        email = person.get().email();
    }

    public void checkCode() {
        if (pending.current().isEmpty()) {
            FacesMessages.error("twostep.expired");
            return;
        }
        TwoStepService.Outcome outcome = twoStep.check(account(), code);
        code = null;
        switch (outcome) {
            case PASSED -> completion.signInAs(email);
            case WRONG -> FacesMessages.fieldError("second:code", "twostep.wrongCode");
            case THROTTLED -> FacesMessages.error("twostep.throttled", policy.lockout().toMinutes());
        }
    }

    public void openSetUp() {
        Optional<PendingSignIn.Person> person = pending.current().filter(p -> p.step() == SecondStep.SET_UP);
        if (person.isPresent()) {
            email = person.get().email();
            signingIn = true;
        } else if (currentUser.isSignedIn()) {
            email = currentUser.getEmail();
        } else {
            Redirects.to(SIGN_IN_PAGE);
            return;
        }
        alreadyOn = twoStep.isSetUp(account().getId());
        if (!alreadyOn && setUp == null) {
            setUp = twoStep.begin(account());
        }
    }

    public void confirm() {
        try {
            recoveryCodes = twoStep.confirm(account(), code);
        } catch (AccountProblem problem) {
            FacesMessages.fieldError("setUp:code", problem.messageKey(), problem.arguments());
        }
        code = null;
    }

    /** After the recovery codes are written down: on into the portal, or back home for someone already in. */
    public void carryOn() {
        if (!signingIn) {
            Redirects.to(currentUser.getHomePage());
        } else if (pending.current().isPresent()) {
            completion.signInAs(email);
        } else {
            Redirects.to(SIGN_IN_PAGE);
        }
    }

    private UserAccount account() {
        return accounts.findByEmail(email).orElseThrow(() -> new IllegalStateException("No account " + email));
    }

    public String getQrCode() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(setUp.otpauthUri()));
    }

    public String getTypableSecret() {
        return setUp == null ? "" : setUp.typableSecret();
    }

    public long getRecoveryCodesLeft() {
        return alreadyOn ? twoStep.unusedRecoveryCodes(account().getId()) : 0;
    }

    public boolean isSigningIn() {
        return signingIn;
    }

    public boolean isAlreadyOn() {
        return alreadyOn;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
