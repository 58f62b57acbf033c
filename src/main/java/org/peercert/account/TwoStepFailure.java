package org.peercert.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A wrong code at the second step, for its own throttle. */
@Entity
@Table(name = "two_step_failure")
public class TwoStepFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected TwoStepFailure() {
    }

    TwoStepFailure(long accountId, Instant failedAt) {
        this.accountId = accountId;
        this.failedAt = failedAt;
    }
}
