package org.peercert.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.OptionalLong;

/** An account's authenticator secret: set up once its first code is right; each step's code works once. */
@Entity
@Table(name = "two_step_secret")
public class TwoStepSecret {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 64)
    private byte[] secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected TwoStepSecret() {
    }

    TwoStepSecret(long accountId, byte[] secret, Instant createdAt) {
        this.accountId = accountId;
        this.secret = secret.clone();
        this.createdAt = createdAt;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    /** Takes the code if it is right for a step not used yet, which it then uses up. */
    boolean accept(String typed, Instant now) {
        OptionalLong step = OneTimeCodes.matchingStep(secret, typed, now, lastUsedStep);
        step.ifPresent(s -> lastUsedStep = s);
        return step.isPresent();
    }

    void confirm(Instant now) {
        confirmedAt = now;
    }

    byte[] secret() {
        return secret.clone();
    }
}
