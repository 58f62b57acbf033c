package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.account.UserAccount;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.TrackTitles;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.format.UsDates;

/**
 * R-TRN-3: issues certificates when every requirement is met, numbers them without gaps, and moves them through
 * their lifecycle ({@link StatusChange}). Every change is audited, mailed to the holder and fired as
 * {@link CertificateChanged} for the features that follow certificates. Reading them is {@link CertificateRecords}'s.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    private static final String LOCK_APPLICATION = "SELECT id FROM certification_application WHERE id = ?1 FOR UPDATE";
    private static final String OPEN_SCOPE = "INSERT INTO certificate_number_scope (scope, last_value) VALUES (?1, 0) "
            + "ON DUPLICATE KEY UPDATE last_value = last_value";
    private static final String LOCK_SCOPE = "SELECT last_value FROM certificate_number_scope WHERE scope = ?1 FOR UPDATE";
    private static final String RAISE_SCOPE = "UPDATE certificate_number_scope SET last_value = ?2 WHERE scope = ?1";
    private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CertificatePolicy policy;

    @Inject
    ReadinessService readiness;

    @Inject
    AuditService audit;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    Event<CertificateChanged> changes;

    @Inject
    CertificateService self;

    @Inject
    CertificateRecords records;

    @Inject
    TrackTitles trackTitles;

    /**
     * Issues the application's certificate. The application's row is locked first, so two staff issuing the same
     * application at once get one certificate and one clear refusal; the number comes from {@link #nextNumber}.
     */
    public Certificate issue(long applicationId, String staff) {
        if (em.createNativeQuery(LOCK_APPLICATION).setParameter(1, applicationId).getResultList().isEmpty()) {
            throw new CertificateProblem("certificate.noSuchApplication");
        }
        CertificationApplication application = em.find(CertificationApplication.class, applicationId);
        Optional<Certificate> existing = records.ofApplication(applicationId);
        if (existing.isPresent()) {
            throw new CertificateProblem("certificate.alreadyIssued", application.getNumber(), existing.get().getNumber());
        }
        Readiness ready = readiness.of(application);
        if (!ready.isReady()) {
            throw new CertificateProblem("certificate.notReady", application.getNumber(), String.join("; ", ready.missing()));
        }
        LocalDate today = LocalDate.now(clock);
        Certificate certificate = Certificate.issue(nextNumber(application, today), application, today, today.plus(policy.validity()),
                staff, clock.instant());
        em.persist(certificate);
        audit.record(staff, AuditAction.CERTIFICATE_ISSUED, certificate.getNumber(), "application " + application.getNumber()
                + ", valid until " + certificate.getExpiresOn());
        notifyHolder(certificate, "certificate-issued", "");
        changes.fire(new CertificateChanged(certificate.getId(), certificate.getNumber(), certificate.getHolderId(), null,
                certificate.getStatus()));
        return certificate;
    }

    /** Issues each application in its own transaction, so one refusal does not hold back the others. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<IssueOutcome> issueAll(List<Long> applicationIds, String staff) {
        List<IssueOutcome> outcomes = new ArrayList<>();
        for (long id : applicationIds) {
            try {
                outcomes.add(IssueOutcome.issued(id, self.issue(id, staff).getNumber()));
            } catch (CertificateProblem problem) {
                outcomes.add(IssueOutcome.refused(id, problem));
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Issuing application " + id + " failed; the batch goes on", failed);
                outcomes.add(IssueOutcome.refused(id, new CertificateProblem("certificate.issueFailed", id)));
            }
        }
        return outcomes;
    }

    /**
     * The next number of the application's scope. The scope's row is locked and raised in the issuing
     * transaction: concurrent issues wait for each other, and a rolled-back issue gives its number back.
     */
    private String nextNumber(CertificationApplication application, LocalDate today) {
        CertificateNumbering numbering = policy.numbering();
        String abbreviation = trackTitles.abbreviation(application.getTrack());
        String scope = numbering.scope(abbreviation, today.getYear());
        em.createNativeQuery(OPEN_SCOPE).setParameter(1, scope).executeUpdate();
        long next = ((Number) em.createNativeQuery(LOCK_SCOPE).setParameter(1, scope).getSingleResult()).longValue() + 1;
        em.createNativeQuery(RAISE_SCOPE).setParameter(1, scope).setParameter(2, next).executeUpdate();
        return numbering.format(abbreviation, today.getYear(), next);
    }

    /** Staff suspend an active certificate: a reason is required; an end date, if given, must be in the future. */
    public Certificate suspend(long certificateId, String staff, String reason, LocalDate until) {
        String why = required(reason, "certificate.reasonRequired");
        if (until != null && !until.isAfter(LocalDate.now(clock))) {
            throw new CertificateProblem("certificate.suspendUntilInPast");
        }
        String detail = until == null ? why : why + " (until " + until + ")";
        return change(certificateId, StatusChange.SUSPEND, staff, why, until, null, AuditAction.CERTIFICATE_SUSPENDED, detail);
    }

    /**
     * Moves the end of a suspension (null: no end date), audited; the holder and the agencies holding them are told.
     * The suspension itself, its reason and its start stay as they were.
     */
    public Certificate changeSuspensionEnd(long certificateId, String staff, LocalDate until, String reason) {
        String why = required(reason, "certificate.reasonRequired");
        if (until != null && !until.isAfter(LocalDate.now(clock))) {
            throw new CertificateProblem("certificate.suspendUntilInPast");
        }
        Certificate c = locked(certificateId);
        if (c.getStatus() != CertificateStatus.SUSPENDED) {
            throw new CertificateProblem("certificate.notSuspended", c.getNumber(), c.getStatus().label());
        }
        String from = endWords(c.getSuspendedUntil());
        c.changeSuspensionEnd(until);
        audit.record(staff, AuditAction.CERTIFICATE_SUSPENSION_END_CHANGED, c.getNumber(), from + " -> " + endWords(until) + ": " + why);
        notifyHolder(c, "certificate-suspension-end", why);
        changes.fire(new CertificateChanged(c.getId(), c.getNumber(), c.getHolderId(), StatusChange.SUSPEND, c.getStatus()));
        return c;
    }

    private static String endWords(LocalDate until) {
        return until == null ? "no end date" : UsDates.shown(until);
    }

    public Certificate reinstate(long certificateId, String staff, String reason) {
        Certificate c = locked(certificateId);
        if (!StatusChange.REINSTATE.allowedFrom(c.getStatus())) {
            throw new CertificateProblem(StatusChange.REINSTATE.refusalKey(), c.getNumber(), c.getStatus().label());
        }
        if (c.isExpiredOn(LocalDate.now(clock))) {
            throw new CertificateProblem("certificate.reinstatePastExpiry", c.getNumber(), c.getExpiresOn());
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        return change(certificateId, StatusChange.REINSTATE, staff, why, null, null, AuditAction.CERTIFICATE_REINSTATED,
                why == null ? "" : why);
    }

    /** Revocation is final: a reason is required; the public note, if any, is shown on /verify. */
    public Certificate revoke(long certificateId, String staff, String reason, String publicNote) {
        String why = required(reason, "certificate.reasonRequired");
        String note = publicNote == null || publicNote.isBlank() ? null : publicNote.trim();
        if (note != null && note.length() > 500) {
            throw new CertificateProblem("certificate.noteTooLong", 500);
        }
        return change(certificateId, StatusChange.REVOKE, staff, why, null, note, AuditAction.CERTIFICATE_REVOKED, why);
    }

    /** The holder sets their own active certificate inactive (they stop practising for now); staff reinstate it on request. */
    public Certificate inactivateOwn(long certificateId, String holderEmail, String reason) {
        Certificate c = locked(certificateId);
        if (!records.heldBy(c, holderEmail)) {
            throw new CertificateProblem("certificate.notYours");
        }
        String why = reason == null || reason.isBlank() ? "At the holder's request" : reason.trim();
        return change(certificateId, StatusChange.INACTIVATE, holderEmail, why, null, null, AuditAction.CERTIFICATE_INACTIVATED, why);
    }

    /**
     * R-CEU-2: the next cycle, once staff approved the renewal of the cycle ending on {@code cycleExpiresOn}: the new
     * expiry is the old one plus the validity period. A revoked certificate is never renewed; an expired one only
     * within the grace period, which the caller checks.
     */
    public Certificate renew(long certificateId, LocalDate cycleExpiresOn, String staff) {
        Certificate c = locked(certificateId);
        if (c.getStatus() == CertificateStatus.REVOKED) {
            throw new CertificateProblem("certificate.cannot.renew", c.getNumber(), c.getStatus().label());
        }
        if (!c.getExpiresOn().equals(cycleExpiresOn)) {
            throw new CertificateProblem("certificate.alreadyRenewed", c.getNumber(), c.getExpiresOn());
        }
        LocalDate renewedTo = c.getExpiresOn().plus(policy.validity());
        c.renew(renewedTo, clock.instant());
        audit.record(staff, AuditAction.CERTIFICATE_RENEWED, c.getNumber(), "valid until " + renewedTo);
        notifyHolder(c, "certificate-renewed", "");
        changes.fire(new CertificateChanged(c.getId(), c.getNumber(), c.getHolderId(), null, c.getStatus()));
        return c;
    }

    /** R-CEU-2: certificates past their expiry date, for the nightly job. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> dueForExpiry() {
        return em.createQuery("select c.id from Certificate c where c.status in :live and c.expiresOn < :today order by c.id", Long.class)
                .setParameter("live", CertificateStatus.LIVE)
                .setParameter("today", LocalDate.now(clock)).getResultList();
    }

    /** Expires one certificate if it is still due (a renewal or a second node may have got there first). */
    public void expire(long certificateId) {
        Certificate c = locked(certificateId);
        if (StatusChange.EXPIRE.allowedFrom(c.getStatus()) && c.isExpiredOn(LocalDate.now(clock))) {
            apply(c, StatusChange.EXPIRE, AuditService.SYSTEM, "Reached its expiry date " + UsDates.shown(c.getExpiresOn()) + " without renewal", null,
                    null, AuditAction.CERTIFICATE_EXPIRED, "expired on " + UsDates.shown(c.getExpiresOn()));
        }
    }

    /** Suspensions whose end date has passed, for the nightly job. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> suspensionsEnded() {
        return em.createQuery("select c.id from Certificate c where c.status = :s and c.suspendedUntil < :today order by c.id", Long.class)
                .setParameter("s", CertificateStatus.SUSPENDED).setParameter("today", LocalDate.now(clock)).getResultList();
    }

    public void endSuspension(long certificateId) {
        Certificate c = locked(certificateId);
        LocalDate today = LocalDate.now(clock);
        if (c.getStatus() == CertificateStatus.SUSPENDED && c.getSuspendedUntil() != null && c.getSuspendedUntil().isBefore(today)
                && !c.isExpiredOn(today)) {
            apply(c, StatusChange.REINSTATE, AuditService.SYSTEM, "The suspension ended on " + UsDates.shown(c.getSuspendedUntil()), null, null,
                    AuditAction.CERTIFICATE_REINSTATED, "suspension ended on " + UsDates.shown(c.getSuspendedUntil()));
        }
    }

    private Certificate change(long certificateId, StatusChange change, String actor, String reason, LocalDate until, String note,
                               AuditAction action, String detail) {
        Certificate c = locked(certificateId);
        if (!change.allowedFrom(c.getStatus())) {
            throw new CertificateProblem(change.refusalKey(), c.getNumber(), c.getStatus().label());
        }
        apply(c, change, actor, reason, until, note, action, detail);
        return c;
    }

    private void apply(Certificate c, StatusChange change, String actor, String reason, LocalDate until, String note, AuditAction action,
                       String detail) {
        c.change(change, reason, until, note, clock.instant());
        audit.record(actor, action, c.getNumber(), detail);
        notifyHolder(c, "certificate-" + change.name().toLowerCase(), reason == null ? "" : reason);
        changes.fire(new CertificateChanged(c.getId(), c.getNumber(), c.getHolderId(), change, c.getStatus()));
    }

    private void notifyHolder(Certificate c, String template, String reason) {
        UserAccount holder = em.find(UserAccount.class, c.getHolderId());
        outbox.enqueue(templates.render(template, holder.getEmail(), holder.getFullName(), c.getNumber(), trackTitles.title(c.getTrack()),
                reason, urls.absolute("/verify/" + c.getNumber()), UsDates.shown(c.getExpiresOn()), endWords(c.getSuspendedUntil())));
    }

    private Certificate locked(long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new CertificateProblem("certificate.notFound");
        }
        return c;
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new CertificateProblem(key);
        }
        if (text.trim().length() > 2000) {
            throw new CertificateProblem("certificate.reasonTooLong", 2000);
        }
        return text.trim();
    }
}
