package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.NotYours;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.RecordNumbers;
import org.peercert.platform.Words;

/**
 * What the application services share: finding an application (the caller's own, or any for staff), moving it to its
 * next status with the audit entry, and mailing its applicant.
 */
@ApplicationScoped
@Transactional
public class ApplicationRecords {

    static final String PROGRESS_PAGE = "/applicant/index.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificationApplication find(long id) {
        CertificationApplication application = em.find(CertificationApplication.class, id);
        if (application == null) {
            throw new ApplicationProblem("application.notFound");
        }
        return application;
    }

    /** The application, if it is the caller's; otherwise refused (and audited). */
    public CertificationApplication owned(String applicantEmail, long id) {
        CertificationApplication application = em.find(CertificationApplication.class, id);
        if (application == null || !application.getApplicantId().equals(applicant(applicantEmail).getId())) {
            audit.recordRefusal(applicantEmail, AuditAction.ACCESS_DENIED, RecordNumbers.application(id), "Not the applicant's application");
            throw new NotYours("application " + id);
        }
        return application;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String applicantEmail(CertificationApplication application) {
        return em.find(UserAccount.class, application.getApplicantId()).getEmail();
    }

    public void move(String actor, CertificationApplication application, ApplicationStatus next, String reason) {
        ApplicationStatus before = application.getStatus();
        if (!before.canBecome(next)) {
            throw new ApplicationProblem("application.transitionNotAllowed", before, next);
        }
        application.moveTo(next, clock.instant());
        changed(actor, application, before, reason);
    }

    public void changed(String actor, CertificationApplication application, ApplicationStatus before, String reason) {
        audit.record(actor, AuditAction.APPLICATION_STATUS_CHANGED, application.getNumber(),
                Words.of(before) + " -> " + Words.of(application.getStatus()) + (reason == null ? "" : ": " + reason));
    }

    public void mail(CertificationApplication application, String template, Object detail) {
        outbox.enqueue(templates.render(template, applicantEmail(application), application.getLegalFirstName(), application.getNumber(),
                urls.absolute(PROGRESS_PAGE), detail == null ? "" : detail.toString()));
    }

    public UserAccount applicant(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new NotYours("no account " + email));
    }
}
