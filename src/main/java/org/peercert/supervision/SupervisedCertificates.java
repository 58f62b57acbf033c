package org.peercert.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peercert.account.UserAccount;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateChanged;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;

/**
 * A supervisor is told, by mail and on their Notifications page, when the certificate of someone they supervise is
 * suspended, revoked, reinstated or otherwise changes state: they may have to stop the person's practice.
 */
@ApplicationScoped
public class SupervisedCertificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    void certificateChanged(@Observes CertificateChanged changed) {
        if (changed.change() == null) {
            return;
        }
        Certificate c = em.find(Certificate.class, changed.certificateId());
        String meaning = c.allowsPractice()
                ? "They may practise and bill peer support again."
                : "They may not practise or bill peer support while it lasts.";
        em.createQuery("select a from Assignment a where a.certificateId = :c and a.status = :accepted", Assignment.class)
                .setParameter("c", c.getId()).setParameter("accepted", AssignmentStatus.ACCEPTED).getResultList()
                .forEach(assignment -> {
                    UserAccount supervisor = em.find(UserAccount.class, assignment.getSupervisorId());
                    outbox.enqueue(templates.render("supervision-certificate-changed", supervisor.getEmail(), supervisor.getFirstName(),
                            c.getHolderName(), c.getNumber(), c.statusInWords(), meaning, urls.absolute("/supervisor/index.xhtml")));
                });
    }
}
