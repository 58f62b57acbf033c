package org.peercert.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed sign-in for the email typed, whether or not an account has that email, and where it came from. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    /** Where the attempt came from; null for a sign-in not made over HTTP. */
    @Column(name = "client_address", length = 45)
    private String clientAddress;

    protected SignInFailure() {
    }

    SignInFailure(String email, String clientAddress, Instant failedAt) {
        this.email = email;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }
}
