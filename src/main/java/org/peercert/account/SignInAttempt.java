package org.peercert.account;

import jakarta.enterprise.context.RequestScoped;

/** Carries the sign-in outcome from the identity store back to the sign-in page within one request. */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome = SignInOutcome.INVALID;

    void record(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    public SignInOutcome outcome() {
        return outcome;
    }
}
