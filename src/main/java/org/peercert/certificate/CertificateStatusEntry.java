package org.peercert.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A certificate's status from a day on, until a later entry: its history, which {@link CertificateHistory} keeps. */
@Entity
@Immutable
@Table(name = "certificate_status_entry")
public class CertificateStatusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private Long certificateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CertificateStatusEntry() {
    }

    CertificateStatusEntry(long certificateId, CertificateStatus status, LocalDate effectiveOn, Instant recordedAt) {
        this.certificateId = certificateId;
        this.status = status;
        this.effectiveOn = effectiveOn;
        this.recordedAt = recordedAt;
    }
}
