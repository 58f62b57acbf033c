package org.peercert.ceu;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.background.BackgroundService;
import org.peercert.background.CheckStanding;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.CertificateService;
import org.peercert.certificate.CertificateStatus;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;

/**
 * R-CEU-2: renewal. The certificant attests in the window (or late, in the grace period); the portal checks the CE
 * hours, background checks and exclusion screening; a share of renewals is drawn for a CE audit; staff approve
 * (new expiry = old expiry + validity) or return it with reasons.
 */
@ApplicationScoped
@Transactional
public class RenewalService {

    public static final String ATTESTATION = "I attest that the continuing education I logged is true and complete, that I have "
            + "kept to the code of ethics, and that I will tell the certification office of any change in my background.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RenewalPolicy policy;

    @Inject
    AuditDraw draw;

    @Inject
    CeService ce;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateRecords certificateRecords;

    @Inject
    BackgroundService background;

    @Inject
    ScreeningService screening;

    @Inject
    AuditService audit;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    public int windowDays() {
        return policy.windowDays();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalWindow windowOf(Certificate c) {
        return RenewalWindow.of(c.getExpiresOn(), LocalDate.now(clock), policy.windowDays(), policy.graceDays());
    }

    /** What still stands between the certificate and a renewal (empty when it may be submitted). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> missing(Certificate c) {
        List<String> missing = new ArrayList<>(ce.standing(c).missing().stream().map(m -> "continuing education: " + m).toList());
        missing.addAll(CheckStanding.blocking(background.standings(c.getApplicationId())));
        if (screening.standing(c.getHolderId()).blocksCertification()) {
            missing.add("a confirmed match on the federal exclusion list");
        }
        return missing;
    }

    public Renewal submit(String holderEmail, long certificateId, boolean attested) {
        Certificate c = certificateRecords.find(certificateId).orElseThrow(() -> new CeProblem("renewal.notYours"));
        if (!certificateRecords.heldBy(c, holderEmail)) {
            throw new CeProblem("renewal.notYours");
        }
        refuseOutsideWindow(c);
        if (!attested) {
            throw new CeProblem("renewal.attestation");
        }
        List<String> missing = missing(c);
        if (!missing.isEmpty()) {
            throw new CeProblem("renewal.notReady", String.join("; ", missing));
        }
        Optional<Renewal> earlier = of(c);
        Renewal renewal;
        if (earlier.isPresent()) {
            renewal = earlier.get();
            if (renewal.getStatus() != Renewal.Status.RETURNED) {
                throw new CeProblem("renewal.alreadySubmitted");
            }
            renewal.resubmit(ATTESTATION, clock.instant());
        } else {
            renewal = new Renewal(c.getId(), c.getExpiresOn(), draw.drawn(policy.auditPercent()), ATTESTATION, clock.instant());
            em.persist(renewal);
        }
        audit.record(holderEmail, AuditAction.RENEWAL_SUBMITTED, c.getNumber(), "cycle ending " + c.getExpiresOn()
                + (renewal.isAudited() ? ", drawn for a CE audit" : ""));
        return renewal;
    }

    private void refuseOutsideWindow(Certificate c) {
        RenewalWindow window = windowOf(c);
        if (window == RenewalWindow.NOT_YET) {
            throw new CeProblem("renewal.windowNotYet", c.getExpiresOn().minusDays(policy.windowDays()), policy.windowDays());
        }
        if (window == RenewalWindow.CLOSED || c.getStatus() == CertificateStatus.REVOKED) {
            throw new CeProblem("renewal.windowClosed", c.getExpiresOn().plusDays(policy.graceDays()));
        }
    }

    /** The renewal of the certificate's current cycle, if one was submitted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Renewal> of(Certificate c) {
        return em.createQuery("select r from Renewal r where r.certificateId = :c and r.cycleExpiresOn = :e", Renewal.class)
                .setParameter("c", c.getId()).setParameter("e", c.getExpiresOn()).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** Submitted renewals waiting for a decision, oldest first; with {@code auditedOnly}, those drawn for a CE audit. */
    public Paging<WaitingRenewal> queue(boolean auditedOnly, int first, int pageSize) {
        String from = " from Renewal r, Certificate c where c.id = r.certificateId and r.status = :s" + (auditedOnly ? " and r.audited = true" : "");
        List<WaitingRenewal> rows = em.createQuery("select new org.peercert.ceu.WaitingRenewal(r.id, c.number,"
                        + " concat(c.legalFirstName, ' ', c.legalLastName), r.cycleExpiresOn, r.audited, r.submittedAt)" + from
                        + " order by r.submittedAt, r.id", WaitingRenewal.class)
                .setParameter("s", Renewal.Status.SUBMITTED).setFirstResult(first).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("select count(r)" + from, Long.class).setParameter("s", Renewal.Status.SUBMITTED).getSingleResult();
        return new Paging<>(rows, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Renewal> find(long renewalId) {
        return Optional.ofNullable(em.find(Renewal.class, renewalId));
    }

    /** Self-logged activities of the cycle whose proof staff have not judged yet, in an audited renewal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long openAuditItems(Renewal renewal) {
        if (!renewal.isAudited()) {
            return 0;
        }
        Certificate c = certificateRecords.find(renewal.getCertificateId()).orElseThrow();
        return ce.cycleActivities(c).stream().filter(a -> a.getSource() == CeActivity.Source.SELF && a.getAuditVerdict() == null).count();
    }

    public Certificate approve(String staff, long renewalId) {
        Renewal renewal = submitted(renewalId);
        long open = openAuditItems(renewal);
        if (open > 0) {
            throw new CeProblem("renewal.auditOpen", open);
        }
        Certificate c = certificateRecords.find(renewal.getCertificateId()).orElseThrow();
        List<String> missing = missing(c);
        if (!missing.isEmpty()) {
            throw new CeProblem("renewal.notReady", String.join("; ", missing));
        }
        Certificate renewed = certificates.renew(c.getId(), renewal.getCycleExpiresOn(), staff);
        renewal.decide(Renewal.Status.APPROVED, staff, null, clock.instant());
        return renewed;
    }

    public Renewal returnToHolder(String staff, long renewalId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CeProblem("renewal.returnReason");
        }
        Renewal renewal = submitted(renewalId);
        renewal.decide(Renewal.Status.RETURNED, staff, reason.trim(), clock.instant());
        Certificate c = certificateRecords.find(renewal.getCertificateId()).orElseThrow();
        UserAccount holder = em.find(UserAccount.class, c.getHolderId());
        audit.record(staff, AuditAction.RENEWAL_RETURNED, c.getNumber(), reason.trim());
        outbox.enqueue(templates.render("renewal-returned", holder.getEmail(), holder.getFullName(), c.getNumber(), reason.trim(),
                urls.absolute("/applicant/ce.xhtml")));
        return renewal;
    }

    private Renewal submitted(long renewalId) {
        Renewal renewal = em.find(Renewal.class, renewalId, LockModeType.PESSIMISTIC_WRITE);
        if (renewal == null || renewal.getStatus() != Renewal.Status.SUBMITTED) {
            throw new CeProblem("renewal.notFound");
        }
        return renewal;
    }
}
